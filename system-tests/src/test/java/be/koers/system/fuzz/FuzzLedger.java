package be.koers.system.fuzz;

import be.koers.testing.ApiClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts what was sent and answered per service and collects every failure, so that one run shows the whole
 * picture: the report groups the failures by what went wrong and with which value, with one example each.
 */
final class FuzzLedger {

    /** One failed expectation: the request and an excerpt of its answer. */
    record Failure(String operation, String kind, String value, String request, String answer) {
    }

    private static final class Counts {
        int sent;
        int success;
        int clientError;
        int serverError;
        int other;
        int writesAccepted;
        final Set<FuzzRequest> writesNotVisible = new LinkedHashSet<>();
    }

    private final Map<String, Counts> services = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Set<String>> acceptedOddities = new TreeMap<>();

    void answered(FuzzRequest request, ApiClient.Response response) {
        Counts counts = counts(request.operation().service());
        counts.sent++;
        int status = response.status();
        if (status >= 200 && status < 300) {
            counts.success++;
        } else if (status >= 400 && status < 500) {
            counts.clientError++;
        } else if (status >= 500) {
            counts.serverError++;
        } else {
            counts.other++;
        }
        ResponseCheck.problemOf(response).ifPresent(problem -> fail(request, problem, response.status() + " " + response.contentType()
                + " " + FuzzRequest.excerpt(response.body())));
    }

    void unanswered(FuzzRequest request, RuntimeException e) {
        Counts counts = counts(request.operation().service());
        counts.sent++;
        counts.other++;
        fail(request, "no answer", e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause()));
    }

    void writeAccepted(FuzzRequest request) {
        counts(request.operation().service()).writesAccepted++;
        if (!request.mutation().equals("valid")) {
            acceptedOddities.computeIfAbsent(request.mutation().substring(request.mutation().lastIndexOf(": ") + 2),
                    value -> new TreeSet<>()).add(request.operation().method() + " " + request.operation().path());
        }
    }

    void invisible(VisibilityCheck.Gap gap) {
        if (gap.write() == null) {
            failures.add(new Failure("read models", "not visible", "-", gap.what(), ""));
            return;
        }
        FuzzRequest request = gap.write().request();
        counts(request.operation().service()).writesNotVisible.add(request);
        fail(request, "accepted but not visible", gap.write().response().status() + " " + FuzzRequest.excerpt(gap.write().response().body())
                + "; " + gap.what());
    }

    private void fail(FuzzRequest request, String kind, String answer) {
        String mutation = request.mutation();
        String value = mutation.contains(": ") ? mutation.substring(mutation.lastIndexOf(": ") + 2) : mutation;
        failures.add(new Failure(request.operation().toString(), kind, value, request.describe(), answer));
    }

    boolean clean() {
        return failures.isEmpty();
    }

    private Counts counts(String service) {
        return services.computeIfAbsent(service, name -> new Counts());
    }

    String summary() {
        StringBuilder text = new StringBuilder();
        services.forEach((service, c) -> text.append(String.format("  %-17s %5d requests: %5d 2xx, %5d 4xx, %3d 5xx, %3d other;"
                        + " writes accepted %4d, accepted but not visible %3d%n", service, c.sent, c.success, c.clientError,
                c.serverError, c.other, c.writesAccepted, c.writesNotVisible.size())));
        return text.toString();
    }

    /**
     * Writes accepted with a boundary or invalid value, by value: not failures of this test (whether a value must be
     * refused is the input rules' business), but worth a look.
     */
    String acceptedOddities() {
        StringBuilder text = new StringBuilder("Writes accepted with a boundary or invalid value (not asserted here):\n");
        acceptedOddities.forEach((value, operations) -> text.append(String.format("  %-36s %s%n", value, String.join(", ", operations))));
        return text.toString();
    }

    /** The failures grouped by what went wrong with which value, each group with its operations and one example. */
    String failureReport() {
        Map<String, List<Failure>> groups = new LinkedHashMap<>();
        failures.stream().sorted(Comparator.comparing(Failure::kind).thenComparing(Failure::value))
                .forEach(failure -> groups.computeIfAbsent(failure.kind() + " <- " + failure.value(), key -> new ArrayList<>()).add(failure));
        StringBuilder text = new StringBuilder(failures.size() + " failures in " + groups.size() + " groups (what went wrong <- the value sent):\n");
        groups.forEach((group, members) -> {
            Set<String> operations = new LinkedHashSet<>();
            members.forEach(member -> operations.add(member.operation()));
            Failure example = members.get(0);
            text.append(String.format("%n[%d× in %d operations] %s%n    operations: %s%n    e.g. %s%n      -> %s%n", members.size(),
                    operations.size(), group, String.join(", ", operations), example.request(), example.answer()));
        });
        return text.toString();
    }
}
