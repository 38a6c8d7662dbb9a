package be.koers.support.input;

import be.koers.support.problem.InputRefused;
import be.koers.support.problem.Violation;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;
import java.util.List;

/** Holds every request body of every controller to {@link InputRules} right after it is read. */
@ControllerAdvice
public class BodyInputCheck extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<Violation> violations = BodyWalk.violations(body);
        if (!violations.isEmpty()) {
            throw new InputRefused(violations);
        }
        return body;
    }
}
