package be.koers.reporting.report;

import be.koers.reporting.document.DocumentFormat;
import be.koers.support.language.RequestLanguage;
import be.koers.support.problem.RequestRefused;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** The council reports of a plan: as PDF or XLSX, and each of their tables as CSV. */
@RestController
@RequestMapping("/api/plans/{planId}/reports")
@Tag(name = "Reports")
class ReportController {

    private static final String LANG = RequestLanguage.PARAMETER_DESCRIPTION;
    private static final String CSV_RULES = "UTF-8 with a byte order mark; in Dutch (nl) separated by ';' with decimal commas, in"
            + " English (en) by ',' with decimal points; numbers without grouping, dates as ISO dates; text starting with"
            + " = + - @ gets a leading apostrophe.";
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/follow-up")
    @Operation(summary = "The yearly follow-up report (per priority policy goal: intended result, action plans and progress, indicators against targets, budget estimate vs actuals), as pdf or xlsx, in nl or en",
            responses = @ApiResponse(responseCode = "200", description = "The report as a download, in the format asked for",
                    content = {@Content(mediaType = PDF), @Content(mediaType = XLSX)}))
    ResponseEntity<byte[]> followUp(@PathVariable String planId, @RequestParam(required = false) Integer year,
                                    @RequestParam(defaultValue = "pdf") String format,
                                    @Parameter(description = LANG) @RequestParam(required = false) String lang,
                                    @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                                    @AuthenticationPrincipal KoersUser user) {
        Locale locale = RequestLanguage.resolve(lang, acceptLanguage);
        return file(reports.followUp(user.tenant(), planId, year, locale), documentFormat(format));
    }

    @GetMapping("/follow-up/tables/{tableId}")
    @Operation(summary = "One table of the follow-up report as CSV",
            description = CSV_RULES,
            responses = @ApiResponse(responseCode = "200", description = "The table as a CSV download", content = @Content(mediaType = CSV)))
    ResponseEntity<byte[]> followUpTable(@PathVariable String planId, @PathVariable String tableId,
                                         @RequestParam(required = false) Integer year,
                                         @Parameter(description = LANG) @RequestParam(required = false) String lang,
                                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                                         @AuthenticationPrincipal KoersUser user) {
        Locale locale = RequestLanguage.resolve(lang, acceptLanguage);
        return csv(reports.table(reports.followUp(user.tenant(), planId, year, locale), tableId), tableId);
    }

    @GetMapping("/strategic-note")
    @Operation(summary = "The strategic note of the plan (mission, vision, goals, priority goals, budget per goal, year and policy field, indicators), as pdf or xlsx, in nl or en",
            responses = @ApiResponse(responseCode = "200", description = "The report as a download, in the format asked for",
                    content = {@Content(mediaType = PDF), @Content(mediaType = XLSX)}))
    ResponseEntity<byte[]> strategicNote(@PathVariable String planId, @RequestParam(defaultValue = "pdf") String format,
                                         @Parameter(description = LANG) @RequestParam(required = false) String lang,
                                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                                         @AuthenticationPrincipal KoersUser user) {
        Locale locale = RequestLanguage.resolve(lang, acceptLanguage);
        return file(reports.strategicNote(user.tenant(), planId, locale), documentFormat(format));
    }

    @GetMapping("/strategic-note/tables/{tableId}")
    @Operation(summary = "One table of the strategic note as CSV",
            description = CSV_RULES,
            responses = @ApiResponse(responseCode = "200", description = "The table as a CSV download", content = @Content(mediaType = CSV)))
    ResponseEntity<byte[]> strategicNoteTable(@PathVariable String planId, @PathVariable String tableId,
                                              @Parameter(description = LANG) @RequestParam(required = false) String lang,
                                              @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                                              @AuthenticationPrincipal KoersUser user) {
        Locale locale = RequestLanguage.resolve(lang, acceptLanguage);
        return csv(reports.table(reports.strategicNote(user.tenant(), planId, locale), tableId), tableId);
    }

    private ResponseEntity<byte[]> file(Report report, DocumentFormat format) {
        return download(reports.render(report, format), format, report.baseName());
    }

    private static ResponseEntity<byte[]> csv(byte[] bytes, String tableId) {
        return download(bytes, DocumentFormat.CSV, tableId);
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, DocumentFormat format, String baseName) {
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(format.fileName(baseName)).build().toString())
                .body(bytes);
    }

    private static DocumentFormat documentFormat(String format) {
        try {
            return DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, "format", "document-format",
                    "A report comes as pdf or xlsx, not '" + format + "'.");
        }
    }
}
