package be.koers.support.health;

import be.koers.support.kafka.KafkaHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.jdbc.DataSourceHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The health of the database ({@code db}) and of Kafka ({@code kafka}), each checked in the background
 * ({@link BackgroundHealth}). The database's replaces Spring Boot's, which checks on the request's thread. Without the
 * database a service can do nothing (DOWN, not ready); without Kafka the command-service still stores commands and
 * publishes them later, and the read sides still answer from what they applied (DEGRADED, ready).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class},
        before = DataSourceHealthContributorAutoConfiguration.class)
@EnableConfigurationProperties(HealthCheckProperties.class)
public class HealthAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    static class Database {

        /** Named as Spring Boot's, which then stands back. */
        @Bean
        @ConditionalOnEnabledHealthIndicator("db")
        BackgroundHealth dbHealthContributor(DataSource dataSource, HealthCheckProperties properties) {
            return new BackgroundHealth("database", new DataSourceHealthIndicator(dataSource), Status.DOWN,
                    properties.interval(), properties.timeout(), Clock.systemUTC());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(KafkaAdmin.class)
    static class Kafka {

        @Bean
        @ConditionalOnEnabledHealthIndicator("kafka")
        BackgroundHealth kafkaHealthIndicator(KafkaAdmin kafkaAdmin, HealthCheckProperties properties) {
            return new BackgroundHealth("kafka", new KafkaHealthIndicator(kafkaAdmin, properties.timeout()),
                    Degraded.STATUS, properties.interval(), properties.timeout(), Clock.systemUTC());
        }
    }
}
