package be.koers.reporting.plan;

import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import be.koers.planning.api.shared.TenantId;
import be.koers.projection.SqlArrays;
import be.koers.reporting.budget.BudgetLines;
import be.koers.reporting.continuity.Continuations;
import be.koers.reporting.indicator.IndicatorRepository;
import be.koers.reporting.progress.ProgressOfItems;
import be.koers.reporting.progress.ReportedProgress;
import be.koers.support.problem.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a plan's facts in one repeatable-read transaction, so budgets and elements agree with each other. */
@Component
public class PlanFactsRepository {

    private static final String ELEMENT_COLUMNS = """
            element_id, parent_id, level, title, intended_result, priority, policy_fields, target_groups, sub_areas,
            department, political_owner, realisation_start, realisation_end, planned, first_edition, retired,
            retired_reason, unplanned_cause, cause_explanation, defined_order""";

    private final JdbcClient jdbc;
    private final BudgetLines budgets;
    private final IndicatorRepository indicators;
    private final ProgressOfItems progress;
    private final Continuations continuations;

    PlanFactsRepository(JdbcClient jdbc, BudgetLines budgets, IndicatorRepository indicators, ProgressOfItems progress,
                        Continuations continuations) {
        this.jdbc = jdbc;
        this.budgets = budgets;
        this.indicators = indicators;
        this.progress = progress;
        this.continuations = continuations;
    }

    /** Another administration's plan is answered as unknown: whether it exists is not the caller's business. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanFacts load(TenantId tenant, String planId, AdoptedOrDraft view) {
        PlanSummary plan = summary(tenant, planId).orElseThrow(() -> unknownPlan("planId", planId));
        return new PlanFacts(plan, elements(plan, view), budgets.ofPlan(planId), indicators.ofPlan(planId));
    }

    public Optional<PlanSummary> summary(TenantId tenant, String planId) {
        return jdbc.sql("""
                        SELECT p.*, l.name AS legislature_name FROM report_plan p
                        LEFT JOIN legislature l USING (legislature_id)
                        WHERE p.plan_id = :planId AND p.tenant = :tenant""")
                .param("planId", planId)
                .param("tenant", tenant.value())
                .query((rs, row) -> summary(rs))
                .optional();
    }

    /** The tenant's plans, oldest legislature first. */
    public List<PlanSummary> plansOf(TenantId tenant) {
        return jdbc.sql("""
                        SELECT p.*, l.name AS legislature_name FROM report_plan p
                        LEFT JOIN legislature l USING (legislature_id)
                        WHERE p.tenant = :tenant ORDER BY p.first_year, p.plan_id""")
                .param("tenant", tenant.value())
                .query((rs, row) -> summary(rs))
                .list();
    }

    /** The plan of one of the tenant's legislatures. */
    public String planOfLegislature(TenantId tenant, String legislatureId) {
        return jdbc.sql("SELECT plan_id FROM report_plan WHERE tenant = :tenant AND legislature_id = :legislatureId")
                .param("tenant", tenant.value())
                .param("legislatureId", legislatureId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, "legislatureId", "unknown-legislature",
                        "Your administration has no legislature " + legislatureId + " with a plan."));
    }

    public static RequestRefused unknownPlan(String field, String planId) {
        return new RequestRefused(HttpStatus.NOT_FOUND, field, "unknown-plan", "Your administration has no plan " + planId + ".");
    }

    /** While a revision is open, the adopted view is the edition the plan had, plus unplanned work as it is now. */
    private List<Element> elements(PlanSummary plan, AdoptedOrDraft view) {
        boolean adoptedEditionAside = view == AdoptedOrDraft.ADOPTED && plan.revisionOpen();
        String source = adoptedEditionAside
                ? "SELECT %1$s FROM adopted_element WHERE plan_id = :planId UNION ALL SELECT %1$s FROM report_element WHERE plan_id = :planId AND NOT planned"
                : "SELECT %1$s FROM report_element WHERE plan_id = :planId";
        Map<String, ReportedProgress> progressById = progress.ofPlan(plan.planId());
        Map<String, ElementRef> continuationById = continuations.ofPlan(plan.planId());
        return jdbc.sql(source.formatted(ELEMENT_COLUMNS) + " ORDER BY defined_order")
                .param("planId", plan.planId())
                .query((rs, row) -> element(rs, progressById.get(rs.getString("element_id")),
                        continuationById.get(rs.getString("element_id"))))
                .list();
    }

    private static Element element(ResultSet rs, ReportedProgress progress, ElementRef continues) throws SQLException {
        String cause = rs.getString("unplanned_cause");
        return new Element(rs.getString("element_id"), rs.getString("parent_id"), Level.valueOf(rs.getString("level")),
                rs.getString("title"), rs.getString("intended_result"), rs.getBoolean("priority"),
                new Classification(SqlArrays.toListOrEmpty(rs.getArray("policy_fields")), SqlArrays.toListOrEmpty(rs.getArray("target_groups")),
                        SqlArrays.toListOrEmpty(rs.getArray("sub_areas"))),
                rs.getString("department"), rs.getString("political_owner"), date(rs, "realisation_start"),
                date(rs, "realisation_end"), rs.getBoolean("planned"), (Integer) rs.getObject("first_edition"),
                rs.getBoolean("retired"), rs.getString("retired_reason"),
                cause == null ? null : UnplannedWorkCause.valueOf(cause), rs.getString("cause_explanation"),
                progress == null ? null : progress.status(), progress == null ? 0 : progress.percentComplete(),
                continues);
    }

    private static PlanSummary summary(ResultSet rs) throws SQLException {
        return new PlanSummary(rs.getString("plan_id"), rs.getString("tenant"), rs.getString("legislature_id"),
                rs.getString("legislature_name"), rs.getString("title"), PlanTemplate.valueOf(rs.getString("template")),
                rs.getInt("first_year"), rs.getInt("last_year"), PlanStatus.valueOf(rs.getString("status")),
                rs.getInt("edition"), date(rs, "adopted_on"), rs.getBoolean("revision_open"), rs.getString("mission"),
                rs.getString("vision"), SqlArrays.toListOrEmpty(rs.getArray("core_values")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
