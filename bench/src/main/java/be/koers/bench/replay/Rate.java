package be.koers.bench.replay;

/** So many records in so many seconds. */
public record Rate(long records, double seconds) {

    public double perSecond() {
        return records / seconds;
    }
}
