package be.koers.web.forms;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code noErrors} on every page: what a form that was not refused shows. */
@ControllerAdvice
class NoErrors {

    @ModelAttribute("noErrors")
    FormErrors noErrors() {
        return FormErrors.NONE;
    }
}
