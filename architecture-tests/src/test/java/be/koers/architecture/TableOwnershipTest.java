package be.koers.architecture;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Each feature of a read model reads and writes its own tables: what another feature needs of them it gets through
 * that feature's classes, so a table's shape changes in one package.
 */
class TableOwnershipTest {

    private static final ArchRule TABLES_OF_THEIR_OWN_FEATURE = classes()
            .that().resideInAnyPackage("be.koers.query..", "be.koers.reporting..")
            .should(new OnlyTheirFeaturesTables());

    @Test
    void classesNameOnlyTheTablesOfTheirOwnFeature() {
        TABLES_OF_THEIR_OWN_FEATURE.check(ProductionClasses.all());
    }
}
