package be.koers.command.publication;

import be.koers.planning.api.shared.KoersTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics Koers publishes to; kept forever (retention -1) so any projection can be rebuilt from Kafka. */
@Configuration
public class TopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics koersTopics(@Value("${koers.kafka.partitions:6}") int partitions,
                                     @Value("${koers.kafka.replication-factor:1}") short replicas) {
        return new KafkaAdmin.NewTopics(KoersTopics.ALL.stream()
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                        .config("retention.ms", "-1")
                        .config("min.insync.replicas", replicas > 1 ? "2" : "1")
                        .build())
                .toArray(NewTopic[]::new));
    }
}
