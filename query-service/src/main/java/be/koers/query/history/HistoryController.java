package be.koers.query.history;

import be.koers.planning.api.plan.PlanId;
import be.koers.query.plan.PlanRows;
import be.koers.query.problem.QueryRefusal;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A plan's past: the plan at an instant or on a date, as an edition adopted it, and what changed between two
 * moments. The rules: {@code query-service/HISTORY.md}.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class HistoryController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final String INCLUDE_RETIRED = "Also show retired elements and what hangs under them";

    private final HistoryQueries history;
    private final DiffQueries diffs;
    private final PlanRows plans;

    HistoryController(HistoryQueries history, DiffQueries diffs, PlanRows plans) {
        this.history = history;
        this.diffs = diffs;
        this.plans = plans;
    }

    @Operation(summary = "The plan at an instant (the working plan as it stood then) or on a date (the edition in force)",
            description = "Give instant or date. instant: the tree exactly as it stood then, changes of a revision discarded"
                    + " later included while they lasted; edition names the edition adopted by then. date: the latest"
                    + " edition whose decision date is on or before it, as adopted (404 no-edition-in-force before the"
                    + " first). The same shape as GET /api/plans/{planId}, with edition, decisionDate, decisionReference"
                    + " and instant instead of the version. Unplanned work (planned false) is in the tree at an instant"
                    + " from its recording on; no edition holds it, so a date shows none.")
    @GetMapping("/as-of")
    PlanAsOf asOf(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                  @Parameter(description = "ISO instant, such as 2028-03-01T10:15:30Z") @RequestParam(required = false) Instant instant,
                  @Parameter(description = "ISO date, such as 2028-03-01") @RequestParam(required = false)
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @Parameter(description = INCLUDE_RETIRED) @RequestParam(defaultValue = "false") boolean includeRetired) {
        if (instant == null && date == null) {
            throw QueryRefusal.oneOfRequired("instant", "date");
        }
        if (instant != null && date != null) {
            throw QueryRefusal.mutuallyExclusive("date", "instant");
        }
        return instant != null ? history.atInstant(user.tenant(), PlanId.of(planId), instant, includeRetired)
                : history.onDate(user.tenant(), PlanId.of(planId), date, includeRetired);
    }

    @Operation(summary = "The plan as an edition adopted it: its statements and tree right after the adoption",
            description = "Plan content only: unplanned work is in no edition. continues is each element's continuation"
                    + " as declared at the adoption.")
    @GetMapping("/editions/{edition}/tree")
    PlanAsOf edition(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                     @PathVariable int edition,
                     @Parameter(description = INCLUDE_RETIRED) @RequestParam(defaultValue = "false") boolean includeRetired) {
        return history.edition(user.tenant(), PlanId.of(planId), edition, includeRetired);
    }

    @Operation(summary = "What changed between two moments, each an edition or an instant, as JSON or a Markdown report",
            description = "Each end is fromEdition or from (an instant), toEdition or to: exactly one of each, in any mix."
                    + " JSON: {from, to, added, removed, moved, changed: [{elementId, level, title, fields: [{field, from,"
                    + " to}]}], statements: [{field, from, to}]}. Markdown (Accept: text/markdown, or format=markdown):"
                    + " headings Added, Removed, Moved, Changed, Statements, one line per change. Plan content only:"
                    + " unplanned work is left out at both ends, also at an instant.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PlanDiff.class)),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = "string"))}))
    @GetMapping(value = "/diff", produces = {MediaType.APPLICATION_JSON_VALUE, "text/markdown"})
    ResponseEntity<?> diff(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                           @RequestParam(required = false) Integer fromEdition, @RequestParam(required = false) Instant from,
                           @RequestParam(required = false) Integer toEdition, @RequestParam(required = false) Instant to,
                           @Parameter(description = "json or markdown; without it, the Accept header decides")
                           @RequestParam(required = false) String format,
                           @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean markdown = markdown(format, accept);
        PlanId plan = PlanId.of(planId);
        PlanDiff diff = diffs.diff(user.tenant(), plan, new DiffQueries.End("from", fromEdition, from),
                new DiffQueries.End("to", toEdition, to));
        if (markdown) {
            return ResponseEntity.ok().contentType(MARKDOWN).body(DiffMarkdown.render(plans.require(user.tenant(), plan), diff));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(diff);
    }

    /** format wins; without it, Markdown when the client asks for it and not for JSON. */
    private static boolean markdown(String format, String accept) {
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "markdown" -> true;
                case "json" -> false;
                default -> throw QueryRefusal.malformed("format", format, "json or markdown");
            };
        }
        return accept != null && accept.contains("text/markdown") && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
    }
}
