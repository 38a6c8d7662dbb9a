package be.koers.system.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the client was answered, per command and attempt: the client's side of the count. A command is accepted when
 * answered 201, or 409 {@code score-already-recorded} on a retry after an attempt whose outcome the client could not
 * know (no answer: the connection broke or timed out after the request went out; or a 500, which promises nothing).
 * A 409 after nothing but refusals (503, or no connection at all) means a refused command was stored.
 */
final class Answers {

    /** How one attempt ended. */
    enum Outcome {
        CREATED(true), ALREADY_RECORDED(true), UNAVAILABLE(false), SERVER_ERROR(false), OTHER_STATUS(false),
        NO_CONNECTION(false), NO_ANSWER(false);

        final boolean finished;

        Outcome(boolean finished) {
            this.finished = finished;
        }

        /** Whether the command may have been stored although the client was not told so. */
        boolean unknown() {
            return this == NO_ANSWER || this == SERVER_ERROR;
        }
    }

    private final Map<String, List<Outcome>> attempts = new ConcurrentHashMap<>();
    private final Map<String, String> indicatorOf = new ConcurrentHashMap<>();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    void record(Score score, Outcome outcome, String detail) {
        indicatorOf.putIfAbsent(score.id(), score.indicator());
        attempts.computeIfAbsent(score.id(), id -> Collections.synchronizedList(new ArrayList<>())).add(outcome);
        if (outcome == Outcome.SERVER_ERROR || outcome == Outcome.OTHER_STATUS) {
            unexpected.add(score.id() + ": " + detail);
        }
    }

    /** Accepted commands' periods per indicator. */
    Map<String, Set<String>> acceptedByIndicator() {
        return attempts.keySet().stream().filter(this::accepted).collect(Collectors.groupingBy(indicatorOf::get,
                TreeMap::new, Collectors.mapping(id -> id.substring(id.indexOf('@') + 1), Collectors.toSet())));
    }

    long accepted() {
        return attempts.keySet().stream().filter(this::accepted).count();
    }

    /** Commands answered 409 on a retry although every earlier attempt had been refused (or never sent). */
    long refusedButStored() {
        return attempts.values().stream().filter(list -> last(list) == Outcome.ALREADY_RECORDED
                && list.subList(0, list.size() - 1).stream().noneMatch(Outcome::unknown)).count();
    }

    long count(Outcome outcome) {
        return attempts.values().stream().flatMap(List::stream).filter(o -> o == outcome).count();
    }

    /** The 500s and other unexpected answers, with their bodies. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    String summary() {
        return "201 x" + count(Outcome.CREATED) + ", 409-on-retry x" + count(Outcome.ALREADY_RECORDED)
                + ", 503 x" + count(Outcome.UNAVAILABLE) + ", no connection x" + count(Outcome.NO_CONNECTION)
                + ", no answer x" + count(Outcome.NO_ANSWER) + ", 500 x" + count(Outcome.SERVER_ERROR)
                + ", other x" + count(Outcome.OTHER_STATUS);
    }

    private boolean accepted(String id) {
        List<Outcome> list = attempts.get(id);
        Outcome last = last(list);
        return last == Outcome.CREATED || (last == Outcome.ALREADY_RECORDED && list.stream().anyMatch(Outcome::unknown));
    }

    private static Outcome last(List<Outcome> list) {
        synchronized (list) {
            return list.get(list.size() - 1);
        }
    }

    /** One score command, identified by the client: its indicator and period. */
    record Score(String indicator, String period) {
        String id() {
            return indicator + "@" + period;
        }
    }
}
