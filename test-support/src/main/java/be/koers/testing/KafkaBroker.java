package be.koers.testing;

/** The Kafka broker a {@link KoersSystem} runs on: in the test's JVM, or a process of its own that a test may kill. */
public sealed interface KafkaBroker extends AutoCloseable permits InProcessKafka, KafkaProcess {

    /** What clients put in {@code bootstrap.servers}. */
    String bootstrapServers();

    @Override
    void close();
}
