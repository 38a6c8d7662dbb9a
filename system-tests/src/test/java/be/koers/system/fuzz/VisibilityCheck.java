package be.koers.system.fuzz;

import be.koers.system.fuzz.Caller.Tenant;
import be.koers.system.fuzz.FuzzFixture.PlanData;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Every change the command-service accepted must show in the query-service. The source of truth is each
 * aggregate's raw event stream ({@code /events} of a plan or an indicator); the query-service's audit trail has a
 * line per applied event, plan and indicator events alike (an indicator's lines are in its plan's audit), and it
 * is written in the same transaction as every other read model of the query-service, so an event any projection
 * skipped has no line. Within the bound, every raw event must have its audit line (same event id) and every
 * aggregate as many lines as events. A legislature has no raw stream: it must be listed, and show the plan drafted
 * for it. A write is found in the streams by the correlation id its answer gave. A 200 without any event is a
 * change to what was already there (the same owner again): nothing new to see; a 201 must have created something.
 */
final class VisibilityCheck {

    /** A write the command-service accepted, with the correlation id and the id its answer gave. */
    record Accepted(FuzzRequest request, ApiClient.Response response, String correlationId, String answerId) {

        Tenant tenant() {
            return request.caller().tenant;
        }
    }

    /** What was not seen: of an accepted write, or (write null) of an event no fuzzed write caused. */
    record Gap(Accepted write, String what) {
    }

    private record Event(String eventId, String correlationId, String aggregateId, String type) {
    }

    private final ApiClient commands;
    private final ApiClient queries;
    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<Tenant, Set<String>> plans = new HashMap<>();
    private final Map<Tenant, Set<String>> indicators = new HashMap<>();
    private final Map<Tenant, List<Event>> eventsSeen = new HashMap<>();
    /** Ids answered or named that neither events endpoint took, with its answer: an id that cannot be addressed. */
    private final Map<String, String> unaddressable = new HashMap<>();

    VisibilityCheck(ApiClient commands, ApiClient queries, FuzzFixture fixture) {
        this.commands = commands;
        this.queries = queries;
        for (Tenant tenant : Tenant.values()) {
            List<PlanData> known = fixture.of(tenant).plans().stream()
                    .flatMap(plan -> Stream.of(plan, plan.previous())).filter(plan -> plan != null).toList();
            plans.put(tenant, new LinkedHashSet<>(known.stream().map(PlanData::planId).toList()));
            indicators.put(tenant, new LinkedHashSet<>(known.stream().flatMap(plan -> plan.indicators().stream()).toList()));
        }
    }

    void accepted(FuzzRequest request, ApiClient.Response response) {
        JsonNode answer = response.contentType().contains("json") ? parse(response.body()) : ApiClient.JSON.nullNode();
        accepted.add(new Accepted(request, response, answer.path("correlationId").asText(null), answer.path("id").asText(null)));
    }

    /** Accepted writes that changed nothing (no event), once {@link #verify} ran. */
    long unchanged() {
        Set<String> traced = new HashSet<>();
        eventsSeen.values().forEach(events -> events.forEach(event -> traced.add(event.correlationId())));
        return accepted.stream().filter(write -> write.response().status() == 200 && !traced.contains(write.correlationId())).count();
    }

    /**
     * Reads the raw events of every known plan and indicator (the writes are done: they no longer change), then
     * waits for the query-service; returns the gaps left when the bound has passed, none when all became visible.
     */
    List<Gap> verify(Duration bound) {
        discoverAggregates();
        for (Tenant tenant : Tenant.values()) {
            eventsSeen.put(tenant, rawEvents(tenant));
        }
        try {
            await("every accepted write visible in the query-service").atMost(bound).pollInterval(Duration.ofMillis(500))
                    .until(() -> gaps().isEmpty());
            return List.of();
        } catch (ConditionTimeoutException notInTime) {
            return gaps();
        }
    }

    /** Plans and indicators the writes created or named: the ids they answered with or had in their path. */
    private void discoverAggregates() {
        for (Accepted write : accepted) {
            Tenant tenant = write.tenant();
            List<String> candidates = new ArrayList<>(write.request().pathValues().values());
            if (write.answerId() != null) {
                candidates.add(write.answerId());
            }
            for (String id : candidates) {
                if (plans.get(tenant).contains(id) || indicators.get(tenant).contains(id)) {
                    continue;
                }
                ApiClient.Response asPlan = as(tenant, commands).exchange("GET", "/api/plans/" + FuzzRequest.encode(id) + "/events", null, "application/x-ndjson");
                ApiClient.Response asIndicator = asPlan.status() == 200 ? asPlan
                        : as(tenant, commands).exchange("GET", "/api/indicators/" + FuzzRequest.encode(id) + "/events", null, "application/x-ndjson");
                if (asPlan.status() == 200) {
                    plans.get(tenant).add(id);
                } else if (asIndicator.status() == 200) {
                    indicators.get(tenant).add(id);
                } else if (asPlan.status() != 404) {
                    unaddressable.put(id, "its events answer " + asPlan.status() + " " + asPlan.contentType());
                }
            }
        }
    }

    private List<Event> rawEvents(Tenant tenant) {
        List<Event> events = new ArrayList<>();
        plans.get(tenant).forEach(plan -> events.addAll(stream(tenant, "/api/plans/" + FuzzRequest.encode(plan) + "/events")));
        indicators.get(tenant).forEach(indicator -> events.addAll(stream(tenant, "/api/indicators/" + FuzzRequest.encode(indicator) + "/events")));
        return events;
    }

    private List<Event> stream(Tenant tenant, String path) {
        ApiClient.Response response = as(tenant, commands).exchange("GET", path, null, "application/x-ndjson");
        if (response.status() != 200) {
            throw new IllegalStateException("Raw events unreadable: " + path + " " + response);
        }
        List<Event> events = new ArrayList<>();
        response.body().lines().filter(line -> !line.isBlank()).forEach(line -> {
            JsonNode envelope = parse(line);
            events.add(new Event(envelope.path("eventId").asText(), envelope.path("correlationId").asText(null),
                    envelope.path("aggregateId").asText(), envelope.path("type").asText()));
        });
        return events;
    }

    private List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        Set<String> traced = new HashSet<>();
        for (Tenant tenant : Tenant.values()) {
            AuditLines audit = audit(tenant, gaps);
            Map<String, Integer> eventsPerAggregate = new LinkedHashMap<>();
            for (Event event : eventsSeen.get(tenant)) {
                traced.add(event.correlationId());
                eventsPerAggregate.merge(event.aggregateId(), 1, Integer::sum);
                if (!audit.eventIds().contains(event.eventId())) {
                    Accepted write = writeOf(event.correlationId());
                    gaps.add(new Gap(write, event.type() + " " + event.eventId() + " of " + event.aggregateId() + " has no audit line"));
                }
            }
            eventsPerAggregate.forEach((aggregate, count) -> {
                int lines = audit.linesPerAggregate().getOrDefault(aggregate, 0);
                if (lines != count) {
                    gaps.add(new Gap(null, aggregate + " has " + count + " raw events but " + lines + " audit lines"));
                }
            });
        }
        Map<Tenant, Map<String, String>> legislatures = new HashMap<>();
        for (Tenant tenant : Tenant.values()) {
            legislatures.put(tenant, legislatures(tenant));
        }
        for (Accepted write : accepted) {
            Map<String, String> listed = legislatures.get(write.tenant());
            String drafted = write.request().pathValues().get("legislatureId");
            if (drafted != null && plans.get(write.tenant()).contains(write.answerId())
                    && !write.answerId().equals(listed.get(drafted))) {
                gaps.add(new Gap(write, "legislature " + drafted + " is not listed with its plan " + write.answerId()));
            }
            if (write.response().status() == 201 && !traced.contains(write.correlationId()) && !listed.containsKey(write.answerId())) {
                gaps.add(new Gap(write, "created, but no event of it in any known stream, and no legislature " + write.answerId()
                        + " listed" + (unaddressable.containsKey(write.answerId()) ? " (" + unaddressable.get(write.answerId()) + ")" : "")));
            }
        }
        return gaps;
    }

    private record AuditLines(Set<String> eventIds, Map<String, Integer> linesPerAggregate) {
    }

    /** The audit lines of all the tenant's known plans, which hold their indicators' lines too. */
    private AuditLines audit(Tenant tenant, List<Gap> gaps) {
        Set<String> eventIds = new HashSet<>();
        Map<String, Integer> perAggregate = new HashMap<>();
        for (String plan : plans.get(tenant)) {
            ApiClient.Response export = as(tenant, queries).get("/api/plans/" + FuzzRequest.encode(plan) + "/audit/export?format=json");
            if (export.status() != 200) {
                gaps.add(new Gap(null, "the audit of plan " + plan + " is unreadable: " + export.status()));
                continue;
            }
            for (JsonNode line : export.json()) {
                eventIds.add(line.path("eventId").asText());
                perAggregate.merge(line.path("aggregateId").asText(), 1, Integer::sum);
            }
        }
        return new AuditLines(eventIds, perAggregate);
    }

    /** Each listed legislature's id and its plan's id ("" before one is drafted). */
    private Map<String, String> legislatures(Tenant tenant) {
        Map<String, String> listed = new HashMap<>();
        as(tenant, queries).get("/api/legislatures").json()
                .forEach(legislature -> listed.put(legislature.path("legislatureId").asText(), legislature.path("planId").asText("")));
        return listed;
    }

    private Accepted writeOf(String correlationId) {
        return accepted.stream().filter(write -> correlationId != null && correlationId.equals(write.correlationId()))
                .findFirst().orElse(null);
    }

    private static ApiClient as(Tenant tenant, ApiClient service) {
        return Caller.auditorOf(tenant).on(service);
    }

    private static JsonNode parse(String json) {
        try {
            return ApiClient.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }
}
