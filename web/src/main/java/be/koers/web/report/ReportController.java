package be.koers.web.report;

import be.koers.web.language.Languages;
import be.koers.web.plan.Plan;
import be.koers.web.plan.Plans;
import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;
import be.koers.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The council's reports of a plan: the yearly follow-up report and the strategic note, as PDF or XLSX, in Dutch or
 * English (the page's language unless the reader picks the other). The downloads are plain links and GET forms:
 * the file comes from the reporting-service through this app ({@link Reports}).
 */
@Controller
class ReportController {

    private final Reports reports;
    private final Plans plans;

    ReportController(Reports reports, Plans plans) {
        this.reports = reports;
        this.plans = plans;
    }

    @GetMapping("/plans/{planId}/reports")
    String page(@PathVariable String planId, Locale locale, Model model) {
        Plan plan = plans.read(planId, SignedInUser.isPlanner());
        model.addAttribute("plan", plan);
        model.addAttribute("years", IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList());
        // the year the reporting-service follows up when asked for none: this one, within the legislature
        model.addAttribute("followedYear", Math.max(plan.firstYear(), Math.min(LocalDate.now().getYear(), plan.lastYear())));
        model.addAttribute("formats", Arrays.stream(Reports.Format.values()).map(Reports.Format::parameter).toList());
        model.addAttribute("reportLanguages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
        model.addAttribute("reportLanguage", Languages.supported(locale).getLanguage());
        return "report/reports";
    }

    @GetMapping("/plans/{planId}/reports/follow-up")
    void followUp(@PathVariable String planId, @RequestParam int year, @RequestParam(defaultValue = "pdf") String format,
                  @RequestParam(defaultValue = "nl") String lang, HttpServletResponse response) {
        reports.followUp(planId, year, format(format), lang, response);
    }

    @GetMapping("/plans/{planId}/reports/strategic-note")
    void strategicNote(@PathVariable String planId, @RequestParam(defaultValue = "pdf") String format,
                       @RequestParam(defaultValue = "nl") String lang, HttpServletResponse response) {
        reports.strategicNote(planId, format(format), lang, response);
    }

    /** pdf or xlsx; anything else is refused as the reporting-service would refuse it. */
    private static Reports.Format format(String format) {
        return Arrays.stream(Reports.Format.values()).filter(known -> known.parameter().equals(format)).findFirst()
                .orElseThrow(() -> new ServiceRefusal("web", new Problem(null, "Bad request", 400, null, "format",
                        "document-format", List.of())));
    }
}
