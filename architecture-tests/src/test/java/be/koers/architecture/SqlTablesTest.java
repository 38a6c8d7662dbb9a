package be.koers.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTablesTest {

    @Test
    void namesTheTablesItsSqlNamesAndTheCompoundNamesItHandsOn() {
        assertThat(SqlTables.namedBy(new ClassFileImporter().importClass(Queries.class)))
                .containsExactlyInAnyOrder("plan", "audit_line", "element_tag", "adopted_plan");
    }

    @SuppressWarnings("unused")
    private static final class Queries {

        private static final String COPY = "adopted_plan";
        // numbers take one or two entries of the constant pool: the literals after them are read all the same
        private static final long PLAN_LIMIT = 1L << 40;
        private static final double SHARE = 0.25;

        String read() {
            return "SELECT p.title FROM plan p JOIN audit_line a ON a.tenant = p.tenant WHERE p.tenant = :tenant";
        }

        String write() {
            return "insert into element_tag (tenant, tag) values (:tenant, :tag)";
        }

        String parameter() {
            return "tenant";
        }
    }
}
