package be.koers.reporting.realisation;

/** Restricts the items counted; a null criterion accepts every item. */
public record RealisationFilter(String policyField, String targetGroup, String subArea, String department) {

    public static final RealisationFilter NONE = new RealisationFilter(null, null, null, null);

    boolean accepts(RealisedItem item) {
        return matches(policyField, Dimension.POLICY_FIELD, item) && matches(targetGroup, Dimension.TARGET_GROUP, item)
                && matches(subArea, Dimension.SUB_AREA, item) && matches(department, Dimension.DEPARTMENT, item);
    }

    private static boolean matches(String wanted, Dimension dimension, RealisedItem item) {
        return wanted == null || wanted.isBlank() || dimension.keysOf(item).contains(wanted);
    }
}
