package be.koers.query.history.audit;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.query.plan.Paging;
import be.koers.support.language.RequestLanguage;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * The audit trail of a plan of the caller's administration: who changed what, when, why, from what to what. Every
 * event of the plan, of its indicators and of its legislature's attachment has a line.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class AuditController {

    private static final String FILTERS = "Filters, all optional: elementId, actor (user name), type (event type such"
            + " as GoalRevised; 422 unknown-event-type otherwise), from and to (instants such as 2028-03-01T10:15:30Z,"
            + " both included; 422 not-before-from when to is before from).";

    private final AuditQueries queries;
    private final AuditExport export;

    AuditController(AuditQueries queries, AuditExport export) {
        this.queries = queries;
        this.export = export;
    }

    @Operation(summary = "The plan's audit lines, newest first, one page at a time",
            description = "{total, page, size, lines: [{occurredAt, type, summary, actor, reason, elementId, indicatorId,"
                    + " revisionNumber, aggregateType, aggregateId, sequence, eventId, correlationId, changes: [{field, from,"
                    + " to}]}]}. " + FILTERS)
    @GetMapping("/audit")
    AuditPage audit(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                    @RequestParam(required = false) String elementId, @RequestParam(required = false) String actor,
                    @RequestParam(required = false) String type, @RequestParam(required = false) Instant from,
                    @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
                    @Parameter(description = "1 to 1000") @RequestParam(defaultValue = "100") int size) {
        Paging paging = new Paging(page, size);
        return queries.page(queries.filter(user.tenant(), PlanId.of(planId), elementId, actor, type, from, to), paging);
    }

    @Operation(summary = "Every audit line the filters match, newest first, as a CSV or JSON download",
            description = "format=csv (default): UTF-8 with a byte order mark and a header row, changes as JSON text in its"
                    + " column; in Dutch (nl) separated by ';' with decimal commas, in English (en) by ','; text starting with"
                    + " = + - @ gets a leading apostrophe. format=json: an array of the lines as GET /audit shows them. " + FILTERS,
            responses = @ApiResponse(responseCode = "200", description = "The lines as a download, in the format asked for",
                    content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = AuditLineView.class)))}))
    @GetMapping("/audit/export")
    void export(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                @Parameter(description = "csv or json") @RequestParam(defaultValue = "csv") String format,
                @Parameter(description = RequestLanguage.PARAMETER_DESCRIPTION) @RequestParam(required = false) String lang,
                @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                @RequestParam(required = false) String elementId, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String type, @RequestParam(required = false) Instant from,
                @RequestParam(required = false) Instant to, HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = ExportFormat.parse(format);
        Locale locale = RequestLanguage.resolve(lang, acceptLanguage);
        AuditFilter filter = queries.filter(user.tenant(), PlanId.of(planId), elementId, actor, type, from, to);
        response.setContentType(exportFormat.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("audit-" + planId + "." + exportFormat.extension()).build().toString());
        export.write(exportFormat, locale, response.getOutputStream(), each -> queries.forEach(filter, each));
    }

    @Operation(summary = "The element's whole history: every audit line of it, oldest first",
            description = "Its definition and every change, progress report and budget, with actor, reason and from → to."
                    + " Also for an element only a discarded revision had.")
    @GetMapping("/elements/{elementId}/history")
    ElementHistory history(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                           @PathVariable String elementId) {
        return queries.ofElement(user.tenant(), PlanId.of(planId), ElementId.of(elementId));
    }
}
