package be.koers.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The compiled classes of every module that ships, read from each module's {@code target/classes}: the services'
 * jars are executable ones by the time these tests run, with their classes under {@code BOOT-INF/}.
 */
final class ProductionClasses {

    private static final List<String> MODULES = List.of("planning-api", "service-support", "projection-support",
            "command-service", "query-service", "reporting-service", "web", "identity");

    private ProductionClasses() {
    }

    /** Imported once for all the tests of a JVM. */
    static JavaClasses all() {
        return Imported.CLASSES;
    }

    /** Maven runs the tests in this module's directory, beside the others. */
    static Path moduleDirectory(String module) {
        return Path.of("..", module).toAbsolutePath().normalize();
    }

    private static Path classesOf(String module) {
        Path classes = moduleDirectory(module).resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " does not exist: build " + module + " first (-am)");
        }
        return classes;
    }

    private static final class Imported {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .importPaths(MODULES.stream().map(ProductionClasses::classesOf).toList());
    }
}
