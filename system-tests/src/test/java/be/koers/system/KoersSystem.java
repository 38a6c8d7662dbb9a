package be.koers.system;

import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Koers as it runs in production, minus the network: a real KRaft Kafka broker, the command-service and the
 * query-service as their own JVMs, each on a fresh database of the real PostgreSQL server.
 */
final class KoersSystem implements AutoCloseable {

    final EmbeddedKafkaKraftBroker kafka;
    final FreshDatabase commandDatabase = FreshDatabase.create("sys_command");
    final FreshDatabase queryDatabase = FreshDatabase.create("sys_query");
    ServiceProcess commandService;
    ServiceProcess queryService;

    KoersSystem() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        commandService = ServiceProcess.start("command-service", "koers.commandServiceJar", commandDatabase.jdbcUrl(), kafka.getBrokersAsString());
        queryService = ServiceProcess.start("query-service", "koers.queryServiceJar", queryDatabase.jdbcUrl(), kafka.getBrokersAsString());
    }

    ApiClient commands(String user, String password) {
        return ApiClient.as(commandService.url(), user, password);
    }

    ApiClient queries(String user, String password) {
        return ApiClient.as(queryService.url(), user, password);
    }

    @Override
    public void close() throws Exception {
        try (commandDatabase; queryDatabase) {
            if (commandService != null) {
                commandService.close();
            }
            if (queryService != null) {
                queryService.close();
            }
        } finally {
            kafka.destroy();
        }
    }
}
