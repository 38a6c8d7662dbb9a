package be.koers.support.health;

import org.springframework.boot.actuate.health.Status;

/**
 * The health status between DOWN and UP (koers-defaults.yml orders it and answers it 200): the service does its job,
 * but something needs a look, which the component's details name (Kafka unreachable, events parked).
 */
public final class Degraded {

    public static final Status STATUS = new Status("DEGRADED", "The service works, but something needs a look: see the components");

    private Degraded() {
    }
}
