package be.koers.bench.load;

/**
 * What a load achieved.
 *
 * @param accepted  requests the service accepted
 * @param refused   requests it refused (they count in no rate)
 * @param seconds   how long the load ran
 */
public record LoadResult(long accepted, long refused, double seconds) {

    public double perSecond() {
        return accepted / seconds;
    }
}
