-- The planned elements as the last adopted edition had them, kept while a revision is open, are the element
-- projection's own state now (ElementProjection, AdoptedElements), under a name that says what they are. Renamed,
-- not recreated: a revision open when this runs keeps its adopted edition.
ALTER TABLE revision_baseline RENAME TO adopted_element;
ALTER TABLE adopted_element RENAME CONSTRAINT revision_baseline_pkey TO adopted_element_pkey;
