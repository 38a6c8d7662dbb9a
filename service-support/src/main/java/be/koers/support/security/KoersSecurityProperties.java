package be.koers.support.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * Users and roles from configuration, until Koers is wired to the administrations' identity providers.
 * Passwords use Spring Security's prefixed encodings ({@code {bcrypt}...}, {@code {noop}...}).
 */
@Validated
@ConfigurationProperties("koers.security")
public record KoersSecurityProperties(@Valid List<User> users) {

    public KoersSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(@NotBlank String username, @NotBlank String password, @NotBlank String tenant,
                       @NotNull @NotEmpty List<KoersRole> roles) {
    }
}
