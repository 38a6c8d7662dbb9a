package be.koers.bench.report;

/**
 * One line of the report.
 *
 * @param section  which of the six figures it belongs to
 * @param name     what was measured
 * @param measured the figure, with its unit
 * @param baseline the same-run baseline it is set against, or "–"
 * @param ratio    measured ÷ baseline, or "–"
 * @param target   the target, or "–"
 * @param verdict  whether the target is met
 * @param timers   the Micrometer timers behind it: the benchmark's own and the service's, which production can watch
 */
public record Figure(String section, String name, String measured, String baseline, String ratio, String target,
                     Verdict verdict, String timers) {

    public enum Verdict {
        MET("met"), MISSED("MISSED"), NONE("");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }
}
