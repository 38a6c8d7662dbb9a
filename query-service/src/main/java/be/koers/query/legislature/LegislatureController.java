package be.koers.query.legislature;

import be.koers.planning.api.legislature.FindLegislatures;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class LegislatureController {

    private final LegislatureQueries queries;

    LegislatureController(LegislatureQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "The legislatures of the caller's administration, oldest first, each with its plan id once drafted")
    @GetMapping("/api/legislatures")
    List<LegislatureView> legislatures(@AuthenticationPrincipal KoersUser user) {
        return queries.answer(new FindLegislatures(user.tenant()));
    }
}
