package be.koers.web.shell;

import be.koers.web.signin.SignInConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * When a service refused the user's token (it expired: tokens last 30 minutes, and a public client gets no refresh
 * token), the user signs in again. A page request goes on to Spring Security, which sends the browser to the issuer
 * and back to the page; a fragment that htmx asked for cannot follow that redirect, so htmx reloads the whole page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignInAgain implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof ClientAuthorizationRequiredException) || !"true".equals(request.getHeader("HX-Request"))) {
            return null;
        }
        response.setHeader("HX-Redirect", SignInConfiguration.currentPage(request));
        return new ModelAndView();
    }
}
