/** Sets of events the catalogue must refuse, one set per package, outside the catalogue's own package. */
package be.koers.planning.brokenevents;
