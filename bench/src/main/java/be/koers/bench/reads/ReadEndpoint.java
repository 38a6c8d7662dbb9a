package be.koers.bench.reads;

import java.util.function.IntFunction;

/**
 * A read to time.
 *
 * @param figure  its name in the report
 * @param service which service answers it
 * @param path    the path of the n-th request (they vary, such as the instant of an as-of)
 * @param repeats how many timed requests
 */
public record ReadEndpoint(String figure, Service service, IntFunction<String> path, int repeats) {

    public enum Service { QUERY, REPORTING }
}
