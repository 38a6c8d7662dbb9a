package be.koers.architecture;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The shared language knows nothing of who speaks it, what the services share knows no service, and the services
 * meet only through the topics and HTTP, never through each other's classes.
 */
class ModuleLayeringTest {

    private static final ArchRule MODULES = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("planning-api").definedBy("be.koers.planning.api..")
            .layer("service-support").definedBy("be.koers.support..")
            .layer("projection-support").definedBy("be.koers.projection..")
            .layer("command-service").definedBy("be.koers.command..")
            .layer("query-service").definedBy("be.koers.query..")
            .layer("reporting-service").definedBy("be.koers.reporting..")
            .layer("web").definedBy("be.koers.web..")
            .layer("identity").definedBy("be.koers.identity..")
            .whereLayer("planning-api").mayNotAccessAnyLayer()
            .whereLayer("command-service").mayNotBeAccessedByAnyLayer()
            .whereLayer("query-service").mayNotBeAccessedByAnyLayer()
            .whereLayer("reporting-service").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("identity").mayNotBeAccessedByAnyLayer();

    @Test
    void modulesDependOnlyOnWhatTheyMay() {
        MODULES.check(ProductionClasses.all());
    }
}
