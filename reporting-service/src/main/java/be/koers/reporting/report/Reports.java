package be.koers.reporting.report;

import be.koers.planning.api.shared.TenantId;
import be.koers.reporting.document.CsvRenderer;
import be.koers.reporting.document.DocumentFormat;
import be.koers.reporting.document.PdfRenderer;
import be.koers.reporting.document.ReportDocument;
import be.koers.reporting.document.Table;
import be.koers.reporting.document.XlsxRenderer;
import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanFactsRepository;
import be.koers.reporting.plan.AdoptedOrDraft;
import be.koers.reporting.realisation.Realisation;
import be.koers.support.problem.RequestRefused;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Writes the council reports of a plan from the reporting read models, in the format asked for, and times each
 * under {@code koers.report.render} (by report and format) so slow reports show in production.
 */
@Component
class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private final PlanFactsRepository plans;
    private final Realisation realisation;
    private final ReportLanguage language;
    private final ReportNames names;
    private final PdfRenderer pdf;
    private final XlsxRenderer xlsx;
    private final CsvRenderer csv;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    Reports(PlanFactsRepository plans, Realisation realisation, ReportLanguage language, ReportNames names,
            PdfRenderer pdf, XlsxRenderer xlsx, CsvRenderer csv, MeterRegistry meters) {
        this.plans = plans;
        this.realisation = realisation;
        this.language = language;
        this.names = names;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.csv = csv;
        this.meters = meters;
    }

    /** @param year the year followed up; the current year when null, or the legislature's last if it has ended */
    Report followUp(TenantId tenant, String planId, Integer year, Locale locale) {
        PlanFacts facts = plans.load(tenant, planId, AdoptedOrDraft.ADOPTED);
        int reported = year != null ? year : Math.min(LocalDate.now(clock).getYear(), facts.plan().lastYear());
        if (reported < facts.plan().firstYear() || reported > facts.plan().lastYear()) {
            throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "year", "within-legislature", reported
                    + " is not a year of the legislature " + facts.plan().firstYear() + "-" + facts.plan().lastYear() + ".");
        }
        FollowUpReport report = new FollowUpReport(facts, reported, language.text(locale), names.administration(tenant, locale));
        return new Report(ReportKind.FOLLOW_UP, "follow-up-" + planId + "-" + reported,
                report.build(realisation.ofLegislature(facts).total(), clock.instant()));
    }

    Report strategicNote(TenantId tenant, String planId, Locale locale) {
        return new Report(ReportKind.STRATEGIC_NOTE, "strategic-note-" + planId,
                new StrategicNote(plans.load(tenant, planId, AdoptedOrDraft.ADOPTED), language.text(locale),
                        names.administration(tenant, locale)).build(clock.instant()));
    }

    byte[] render(Report report, DocumentFormat format) {
        return timed(report.kind(), format, () -> switch (format) {
            case PDF -> pdf.render(report.document());
            case XLSX -> xlsx.render(report.document());
            case CSV -> throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "format", "document-format",
                    "A whole report is PDF or XLSX; its tables one by one are CSV (…/tables/{tableId}).");
        });
    }

    byte[] table(Report report, String tableId) {
        ReportDocument document = report.document();
        Table table = document.table(tableId).orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, "tableId",
                "unknown-table", "The report has no table " + tableId + "; its tables are "
                        + document.tables().stream().map(Table::id).toList() + "."));
        return timed(report.kind(), DocumentFormat.CSV, () -> csv.render(table, document.locale()));
    }

    private byte[] timed(ReportKind kind, DocumentFormat format, Supplier<byte[]> rendering) {
        long start = System.nanoTime();
        byte[] bytes = Timer.builder("koers.report.render")
                .description("Time to write a report (or one of its tables) in a format")
                .tag("report", kind.path())
                .tag("format", format.extension())
                .register(meters)
                .record(rendering);
        log.info("Wrote {} as {} in {} ms ({} bytes)", kind.path(), format.extension(), (System.nanoTime() - start) / 1_000_000, bytes.length);
        return bytes;
    }
}
