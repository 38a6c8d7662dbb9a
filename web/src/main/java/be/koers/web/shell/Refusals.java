package be.koers.web.shell;

import be.koers.web.forms.ProblemMessages;
import be.koers.web.services.ServiceRefusal;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * A refusal no form catches (an unknown plan, a role that may not read it) and a service that does not answer,
 * as a page in the reader's language with the status the service gave (a 5xx as 502: the fault is behind this app).
 */
@ControllerAdvice
class Refusals {

    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private final ProblemMessages problems;

    Refusals(ProblemMessages problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ServiceRefusal.class)
    ModelAndView refused(ServiceRefusal refusal, HttpServletResponse response) {
        int status = refusal.status() >= 500 ? 502 : refusal.status();
        if (status == 502) {
            LOG.warn("{}", refusal.getMessage());
        }
        response.setStatus(status);
        return new ModelAndView("refused", Map.of("status", status,
                "messages", refusal.problem().violations().stream().map(problems::message).toList()));
    }

    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView unreachable(ResourceAccessException unreachable, HttpServletResponse response) {
        LOG.warn("a service did not answer: {}", unreachable.getMessage());
        response.setStatus(503);
        return new ModelAndView("refused", Map.of("status", 503, "messages", List.of()));
    }
}
