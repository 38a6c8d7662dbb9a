package be.koers.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Arrays;

/**
 * A top-level feature package of a service, {@code be.koers.<service>.<feature>}, such as {@code be.koers.query.history}
 * with its sub-packages ({@code history.audit}): the unit that owns tables. A class directly in the service's package
 * is a feature of its own.
 */
record Feature(String packageName) {

    private static final int FEATURE_DEPTH = 4;

    static Feature of(JavaClass javaClass) {
        String[] names = javaClass.getPackageName().split("\\.");
        return new Feature(String.join(".", Arrays.copyOf(names, Math.min(names.length, FEATURE_DEPTH))));
    }

    /** {@code be.koers.<service>}: tables of the same name in two services are two tables in two databases. */
    String service() {
        return String.join(".", Arrays.copyOf(packageName.split("\\."), FEATURE_DEPTH - 1));
    }

    @Override
    public String toString() {
        return packageName;
    }
}
