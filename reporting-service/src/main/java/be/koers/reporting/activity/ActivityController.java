package be.koers.reporting.activity;

import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/activity")
@Tag(name = "Activity")
class ActivityController {

    private final ActivityProjection activity;

    ActivityController(ActivityProjection activity) {
        this.activity = activity;
    }

    @GetMapping
    @Operation(summary = "How many events of each type your administration recorded, and when the last one was")
    ActivityReport activity(@AuthenticationPrincipal KoersUser user) {
        return activity.report(user.tenant().value());
    }
}
