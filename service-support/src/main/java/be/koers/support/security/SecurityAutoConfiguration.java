package be.koers.support.security;

import be.koers.planning.api.shared.TenantId;
import be.koers.support.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One access policy for every Koers service: reading the API needs any role, recording scores, progress and
 * unplanned work STAFF or PLANNER, changing anything else PLANNER, operating it ADMIN; health, metrics and API docs are open.
 * Refusals answer with problem+json.
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(KoersSecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean
    UserDetailsService koersUsers(KoersSecurityProperties properties) {
        Map<String, KoersUser> users = properties.users().stream()
                .map(u -> new KoersUser(u.username(), u.password(), TenantId.of(u.tenant()), u.roles()))
                .collect(Collectors.toUnmodifiableMap(KoersUser::username, Function.identity()));
        return username -> {
            KoersUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            // Spring Security erases credentials on the object it is given: hand out a copy.
            return new KoersUser(user.username(), user.password(), user.tenant(), user.roles());
        };
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter() {
        return new ProblemWriter();
    }

    /**
     * The firewall refuses paths such as {@code /api/plans//vision} or with {@code ;}; by default the refusal went to
     * the container's error page. It answers problem+json like every other refusal.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "request", "malformed-path",
                "This path cannot be served: " + rejected.getMessage() + ".");
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain koersSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole(KoersRole.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(KoersRole.VIEWER.name(), KoersRole.STAFF.name(), KoersRole.PLANNER.name(), KoersRole.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/indicators/*/scores", "/api/scores/bulk", "/api/plans/*/unplanned-work").hasAnyRole(KoersRole.STAFF.name(), KoersRole.PLANNER.name())
                        .requestMatchers(HttpMethod.PUT, "/api/indicators/*/scores/*", "/api/plans/*/items/*/progress").hasAnyRole(KoersRole.STAFF.name(), KoersRole.PLANNER.name())
                        .requestMatchers("/api/**").hasRole(KoersRole.PLANNER.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(response, HttpStatus.UNAUTHORIZED, "authentication",
                                "authentication-required", "Send valid credentials (HTTP Basic) to use this API.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(response, HttpStatus.UNAUTHORIZED, "authentication",
                                        "authentication-required", "Send valid credentials (HTTP Basic) to use this API."))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "role",
                                        "role-not-allowed", "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".")))
                .build();
    }
}
