package be.koers.bench.load;

import be.koers.bench.dataset.ScorePeriods;

import java.util.Map;

/** Scores: a planner records the next month's score of an indicator, one request per score. */
public final class ScoreRecording implements Operation {

    private final ScorePeriods periods;

    public ScoreRecording(ScorePeriods periods) {
        this.periods = periods;
    }

    @Override
    public Boolean send() {
        ScorePeriods.Score score = periods.next();
        if (score == null) {
            return null;
        }
        return score.plan().planner().post("/api/indicators/" + score.indicatorId() + "/scores",
                Map.of("period", score.period(), "value", score.value())).status() == 201;
    }
}
