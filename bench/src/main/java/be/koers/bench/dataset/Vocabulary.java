package be.koers.bench.dataset;

import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Tags;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Realistic words for generated plans: the policy fields, target groups and departments of a Flemish city. */
final class Vocabulary {

    private static final List<String> POLICY_FIELDS = List.of("Environment", "Mobility", "Housing", "Safety", "Education",
            "Culture", "Sport", "Welfare", "Economy", "Health", "Youth", "Digital", "Finance", "Spatial planning");
    private static final List<String> TARGET_GROUPS = List.of("Residents", "Children", "Youth", "Seniors", "Entrepreneurs",
            "Newcomers", "Students", "People with a disability");
    private static final List<String> SUB_AREAS = List.of("Centre", "North", "South", "East", "West", "Harbour", "Outskirts");
    private static final List<String> DEPARTMENTS = List.of("Green service", "Mobility service", "Housing service",
            "Local prevention and safety", "Education and upbringing", "Culture service", "Sport service",
            "Welfare and equality", "Economy service", "Digital service", "Finance department", "Urban planning");
    private static final List<String> POLITICAL_OWNERS = List.of("Mayor", "Alderman for environment", "Alderman for mobility",
            "Alderman for housing", "Alderman for education", "Alderman for culture", "Alderman for finance");

    private Vocabulary() {
    }

    static Tags tags(int n) {
        return new Tags(set(POLICY_FIELDS.get(n % POLICY_FIELDS.size())), set(TARGET_GROUPS.get(n % TARGET_GROUPS.size())),
                set(SUB_AREAS.get(n % SUB_AREAS.size())), new TreeSet<>(Set.of(1 + n % 17)));
    }

    static Owner owner(int n) {
        return new Owner(DEPARTMENTS.get(n % DEPARTMENTS.size()), POLITICAL_OWNERS.get(n % POLITICAL_OWNERS.size()));
    }

    static String department(int n) {
        return DEPARTMENTS.get(n % DEPARTMENTS.size());
    }

    private static <T extends Comparable<T>> TreeSet<T> set(T value) {
        return new TreeSet<>(Set.of(value));
    }
}
