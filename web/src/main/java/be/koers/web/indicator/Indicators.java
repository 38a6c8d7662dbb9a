package be.koers.web.indicator;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.web.services.Accepted;
import be.koers.web.services.Eventually;
import be.koers.web.services.KoersServices;
import be.koers.web.services.ServiceRefusal;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A plan's indicators: read from the query-service, defined, revised, retargeted, retired and continued through the
 * command-service. Each change waits (bounded) until the query side shows it, so the page that follows does.
 */
@Component
public class Indicators {

    private static final ParameterizedTypeReference<List<IndicatorSummary>> LIST = new ParameterizedTypeReference<>() {
    };

    private final KoersServices services;
    private final Eventually eventually;

    Indicators(KoersServices services, Eventually eventually) {
        this.services = services;
        this.eventually = eventually;
    }

    /** {@code POST /api/plans/{planId}/indicators}. */
    record Definition(String name, String unit, IndicatorKind kind, Direction direction, IndicatorDetail.Baseline baseline,
                      List<IndicatorDetail.Target> targets, Frequency frequency, String dataSource,
                      String ownerDepartment, List<String> linkedElements) {
    }

    /** {@code PUT /api/indicators/{id}}: what describes it; kind, direction and frequency stay. */
    record Description(String name, String unit, String dataSource, String ownerDepartment, String reason) {
    }

    /** {@code PUT /api/indicators/{id}/targets}. */
    record Targets(IndicatorDetail.Baseline baseline, List<IndicatorDetail.Target> targets, String reason) {
    }

    record Reason(String reason) {
    }

    record PreviousIndicator(String previousIndicatorId) {
    }

    /** In definition order. */
    public List<IndicatorSummary> ofPlan(String planId) {
        return services.query().get().uri("/api/plans/{planId}/indicators", planId).retrieve().body(LIST);
    }

    public IndicatorDetail read(String indicatorId) {
        return services.query().get().uri("/api/indicators/{id}", indicatorId).retrieve().body(IndicatorDetail.class);
    }

    /** Defines it and waits until the query-service has it; its id. */
    String define(String planId, Definition definition) {
        String id = Accepted.idOf(services.command().post().uri("/api/plans/{planId}/indicators", planId)
                .body(definition).retrieve().body(Accepted.class));
        eventually.readOptional(() -> find(id), shown -> true);
        return id;
    }

    void describe(IndicatorDetail indicator, Description description) {
        change(indicator, "/api/indicators/{id}", description);
    }

    void retarget(IndicatorDetail indicator, Targets targets) {
        change(indicator, "/api/indicators/{id}/targets", targets);
    }

    void retire(IndicatorDetail indicator, String reason) {
        services.command().post().uri("/api/indicators/{id}/retirement", indicator.indicatorId()).body(new Reason(reason))
                .retrieve().toBodilessEntity();
        awaitChangeOf(indicator);
    }

    /** Declares which indicator of the previous legislature it continues (the same unit), and waits until shown. */
    public void continueFrom(String indicatorId, String previousIndicatorId) {
        services.command().put().uri("/api/indicators/{id}/continuation", indicatorId)
                .body(new PreviousIndicator(previousIndicatorId)).retrieve().toBodilessEntity();
        eventually.read(() -> read(indicatorId), shown -> shown.continues() != null
                && previousIndicatorId.equals(shown.continues().indicatorId()));
    }

    private void change(IndicatorDetail indicator, String path, Object body) {
        services.command().put().uri(path, indicator.indicatorId()).body(body).retrieve().toBodilessEntity();
        awaitChangeOf(indicator);
    }

    /** Every change of an indicator is an event that moves its last change on. */
    private void awaitChangeOf(IndicatorDetail before) {
        Instant last = before.lastChangedAt();
        Predicate<IndicatorDetail> changed = shown -> !Objects.equals(shown.lastChangedAt(), last);
        eventually.read(() -> read(before.indicatorId()), changed);
    }

    private Optional<IndicatorDetail> find(String indicatorId) {
        try {
            return Optional.of(read(indicatorId));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }
}
