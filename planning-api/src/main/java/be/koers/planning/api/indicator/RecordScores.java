package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Records many scores at once (a monthly upload): all of them, or none and a report of every row that is refused. */
public record RecordScores(
        @NotNull TenantId tenant,
        @NotNull @Size(min = 1, max = RecordScores.MAX_ROWS) List<@NotNull @Valid ScoreRow> rows) {

    /** An upload larger than this is a year of a large administration's indicators several times over. */
    public static final int MAX_ROWS = 10_000;
}
