package be.koers.projection;


import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a {@link TableProjection} writes, which a rebuild empties. Named on the class rather than when it is
 * made, so that which feature a table belongs to shows in the compiled classes: the architecture tests hold every
 * other class of the service to reading and writing only the tables of its own feature.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnsTables {

    /** Empty for a projection that only writes tables another projection of its feature owns. */
    String[] value();
}
