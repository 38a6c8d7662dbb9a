package be.koers.command.tenant;

import be.koers.command.common.Refusal;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.ChangeTenantSettings;
import be.koers.planning.api.tenant.CreateTenant;
import be.koers.planning.api.tenant.DefineDepartment;
import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.RemoveDepartment;
import be.koers.planning.api.tenant.ReviseDepartment;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static be.koers.command.plan.RefusalMatcher.refusal;

class TenantTest {

    private static final TenantId GENT = TenantId.of("gent");
    private static final LocalisedName CITY = new LocalisedName("Stad Gent", "City of Ghent");
    private static final DepartmentId PARKS = DepartmentId.of("parks");
    private static final LocalisedName GREEN = new LocalisedName("Groendienst", "Green service");

    private FixtureConfiguration<Tenant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Tenant.class).registerCommandTargetResolver(new TenantStreamResolver());
    }

    @Test
    void aNewAdministrationMatchesDepartmentsByNameAndHasNoPublicPage() {
        fixture.givenNoPriorActivity()
                .when(new CreateTenant(GENT, new LocalisedName(" Stad Gent ", "City of Ghent")))
                .expectEvents(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false));
    }

    @Test
    void settingsChangeOnlyWhenTheyDiffer() {
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false))
                .when(new ChangeTenantSettings(GENT, CITY, DepartmentMatch.NAME, false))
                .expectNoEvents();
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false))
                .when(new ChangeTenantSettings(GENT, CITY, DepartmentMatch.GROUP, true))
                .expectEvents(new TenantSettingsChanged(GENT, CITY, DepartmentMatch.GROUP, true));
    }

    @Test
    void aDepartmentIsDefinedOnceWithAName() {
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false))
                .when(new DefineDepartment(GENT, PARKS, GREEN, List.of(" group-1 ", "group-1")))
                .expectEvents(new DepartmentDefined(GENT, PARKS, GREEN, List.of("group-1")));
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false), new DepartmentDefined(GENT, PARKS, GREEN, List.of()))
                .when(new DefineDepartment(GENT, PARKS, new LocalisedName("Parken", "Parks"), null))
                .expectException(refusal(Refusal.Kind.CONFLICT, "departmentId", "department-exists"));
    }

    @Test
    void twoDepartmentsNeverShareANameInEitherLanguage() {
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false), new DepartmentDefined(GENT, PARKS, GREEN, List.of()))
                .when(new DefineDepartment(GENT, DepartmentId.of("green"), new LocalisedName("Parken", "green SERVICE"), null))
                .expectException(refusal(Refusal.Kind.CONFLICT, "name", "department-name-taken"))
                .expectNoEvents();
    }

    @Test
    void aDepartmentIsRevisedAndRemovedOnlyWhenItExists() {
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false), new DepartmentDefined(GENT, PARKS, GREEN, List.of()))
                .when(new ReviseDepartment(GENT, PARKS, GREEN, List.of("entra-42")))
                .expectEvents(new DepartmentRevised(GENT, PARKS, GREEN, List.of("entra-42")));
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false), new DepartmentDefined(GENT, PARKS, GREEN, List.of()))
                .when(new RemoveDepartment(GENT, PARKS))
                .expectEvents(new DepartmentRemoved(GENT, PARKS));
        fixture.given(new TenantCreated(GENT, CITY, DepartmentMatch.NAME, false))
                .when(new ReviseDepartment(GENT, PARKS, GREEN, null))
                .expectException(refusal(Refusal.Kind.UNKNOWN, "departmentId", "unknown-department"));
    }
}
