package be.koers.projection;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The listener's lag, read from its consumers' own metrics: no round trip to Kafka. (Micrometer binds the same
 * per-partition metrics for Prometheus too, but only at its next refresh, up to a minute after an assignment.)
 */
@Component
class ConsumerLag {

    private static final String PARTITION_LAG = "records-lag";

    private final KafkaListenerEndpointRegistry listeners;

    ConsumerLag(KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    /** Records not yet consumed over the partitions this instance holds, or null before its consumers fetched. */
    Long total() {
        MessageListenerContainer container = listeners.getListenerContainer(ProjectionListener.ID);
        if (container == null || !container.isRunning()) {
            return null;
        }
        List<Double> lags = container.metrics().values().stream()
                .flatMap(metrics -> metrics.entrySet().stream())
                .filter(metric -> isPartitionLag(metric.getKey()))
                .map(Map.Entry::getValue)
                .map(Metric::metricValue)
                .filter(Double.class::isInstance)
                .map(Double.class::cast)
                .filter(lag -> !lag.isNaN())
                .toList();
        return lags.isEmpty() ? null : Math.round(lags.stream().mapToDouble(Double::doubleValue).sum());
    }

    private static boolean isPartitionLag(MetricName name) {
        return PARTITION_LAG.equals(name.name()) && name.tags().containsKey("partition");
    }
}
