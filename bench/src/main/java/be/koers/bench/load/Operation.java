package be.koers.bench.load;

/** One request of a load: true when the service accepted it, false when refused; null when there is nothing left to send. */
@FunctionalInterface
public interface Operation {

    Boolean send();
}
