package be.koers.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Koers' web app: server-rendered pages for people, the browser's only counterpart. It signs people in at the
 * OpenID Connect issuer and calls the command-, query- and reporting-service with their access token, which never
 * leaves this server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
