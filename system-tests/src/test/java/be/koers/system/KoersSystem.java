package be.koers.system;

import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Koers as it runs in production, minus the network: a real KRaft Kafka broker, the command-service, the
 * query-service and the reporting-service as their own JVMs, each on a fresh database of the real PostgreSQL server.
 */
final class KoersSystem implements AutoCloseable {

    final EmbeddedKafkaKraftBroker kafka;
    final FreshDatabase commandDatabase = FreshDatabase.create("sys_command");
    final FreshDatabase queryDatabase = FreshDatabase.create("sys_query");
    final FreshDatabase reportingDatabase = FreshDatabase.create("sys_reporting");
    ServiceProcess commandService;
    ServiceProcess queryService;
    ServiceProcess reportingService;

    KoersSystem() {
        this(true);
    }

    /** Without the reporting-service, for tests about the command and query side only, which then start faster. */
    KoersSystem(boolean withReporting) {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        commandService = ServiceProcess.start("command-service", "koers.commandServiceJar", commandDatabase.jdbcUrl(), kafka.getBrokersAsString());
        queryService = ServiceProcess.start("query-service", "koers.queryServiceJar", queryDatabase.jdbcUrl(), kafka.getBrokersAsString());
        reportingService = !withReporting ? null : ServiceProcess.start("reporting-service", "koers.reportingServiceJar", reportingDatabase.jdbcUrl(),
                kafka.getBrokersAsString());
    }

    ApiClient commands(String user, String password) {
        return ApiClient.as(commandService.url(), user, password);
    }

    ApiClient queries(String user, String password) {
        return ApiClient.as(queryService.url(), user, password);
    }

    ApiClient reports(String user, String password) {
        return ApiClient.as(reportingService.url(), user, password);
    }

    @Override
    public void close() throws Exception {
        try (commandDatabase; queryDatabase; reportingDatabase) {
            if (commandService != null) {
                commandService.close();
            }
            if (queryService != null) {
                queryService.close();
            }
            if (reportingService != null) {
                reportingService.close();
            }
        } finally {
            kafka.destroy();
        }
    }
}
