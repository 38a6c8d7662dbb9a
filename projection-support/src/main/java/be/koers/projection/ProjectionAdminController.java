package be.koers.projection;

import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operating the projection (OPERATOR role): rebuild it from the topics, see how it is doing. */
@RestController
@RequestMapping("/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuild rebuild;
    private final AppliedEvents appliedEvents;
    private final ConsumerLag consumerLag;
    private final ParkedEvents parked;

    ProjectionAdminController(ProjectionRebuild rebuild, AppliedEvents appliedEvents, ConsumerLag consumerLag,
                              ParkedEvents parked) {
        this.rebuild = rebuild;
        this.appliedEvents = appliedEvents;
        this.consumerLag = consumerLag;
        this.parked = parked;
    }

    @Operation(summary = "Empty every projection table and replay all events from the beginning of the topics",
            description = "Answers once the tables are empty and the listener restarted; follow the replay with GET /admin/projections/status.")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStarted rebuild(@AuthenticationPrincipal KoersUser user) {
        return rebuild.start(user.username());
    }

    @Operation(summary = "How many events the projection reflects, its lag, whether a rebuild is replaying, and how fast the last one did")
    @GetMapping("/status")
    ProjectionStatus status() {
        // whether a rebuild still replays is read before the count: once it reads false, every replayed event has
        // committed, so the count read after it includes them all (the other way round, the last one could slip in
        // between and the answer would say "done" with a count from before it)
        boolean rebuilding = rebuild.inProgress();
        return new ProjectionStatus(appliedEvents.count(), parked.counts().events(), consumerLag.total(), rebuilding,
                rebuild.lastCompleted());
    }
}
