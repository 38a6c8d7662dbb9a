package be.koers.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** spring-kafka-test's KRaft broker in the test's own JVM: the quickest to start, but it cannot crash alone. */
final class InProcessKafka implements KafkaBroker {

    private final EmbeddedKafkaKraftBroker broker;

    InProcessKafka(int partitions) {
        broker = new EmbeddedKafkaKraftBroker(1, partitions);
        broker.afterPropertiesSet();
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
