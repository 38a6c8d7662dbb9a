package be.koers.identity;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/**
 * The pages of the device flow around Spring Authorization Server's verification endpoint: where a person types the
 * code their terminal shows (the endpoint itself only answers when a user code comes along), and where they land
 * once they approved it.
 */
@RestController
class DevicePages {

    @GetMapping(path = "/oauth2/device_verification", produces = MediaType.TEXT_HTML_VALUE)
    String enterCode(Principal user) {
        return Page.of("Device sign-in", """
                <form class="login-form" method="get" action="/oauth2/device_verification">
                  <h2>Sign in a device</h2>
                  <p>Signed in as <b>%s</b>. Type the code your terminal shows.</p>
                  <p><label for="user_code" class="screenreader">Code</label>
                  <input type="text" id="user_code" name="%s" placeholder="XXXX-XXXX" autofocus required></p>
                  <button class="primary" type="submit">Continue</button>
                </form>
                """.formatted(Page.escape(user.getName()), OAuth2ParameterNames.USER_CODE));
    }

    /** Where Spring Authorization Server sends the browser after a device was approved ({@code /?success}). */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(Principal user, @RequestParam(required = false) String success) {
        String message = success != null ? "The device is signed in: go back to your terminal."
                : "This is the Koers sign-in service; applications send you here to sign in.";
        return Page.of("Koers sign-in", """
                <div class="login-form">
                  <h2>Koers</h2>
                  <p>Signed in as <b>%s</b>.</p>
                  <p id="message">%s</p>
                </div>
                """.formatted(Page.escape(user.getName()), Page.escape(message)));
    }
}
