package be.koers.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** Keeps the read model of plans and legislatures from the command-service's events and answers questions about it. */
@SpringBootApplication
public class QueryServiceApplication {

    /** Koers' administrations are Belgian: "today", on which statuses depend, is today in Brussels. */
    private static final ZoneId ADMINISTRATIONS_ZONE = ZoneId.of("Europe/Brussels");

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }

    /** The one source of "now" for answers that depend on the date, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.system(ADMINISTRATIONS_ZONE);
    }
}
