package be.koers.system;

import be.koers.testing.KoersSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One Koers for the test classes that only drive it, started on first use and stopped when the test JVM ends:
 * starting two service JVMs costs tens of seconds. Tests that break Koers on purpose start their own.
 */
final class SharedKoers {

    private static KoersSystem koers;

    private SharedKoers() {
    }

    /**
     * The administrations of the test classes that create a legislature 2026-2031 besides the demo users' Koersbeke:
     * the legislatures of one administration differ in name and years. Each has a planner, a staff member and a
     * viewer, {@code <role>@<administration>} with the role as password.
     */
    enum Administration {
        GHENT, MONITORING, DASHBOARD, AGREEMENT;

        String user(String role) {
            return role + "@" + name().toLowerCase(Locale.ROOT);
        }
    }

    static synchronized KoersSystem get() {
        if (koers == null) {
            KoersSystem.Launch forTests = KoersSystem.Launch.forTests(true);
            koers = new KoersSystem(new KoersSystem.Launch(forTests.withReporting(), forTests.partitions(),
                    forTests.jvmOptions(), users(), forTests.databasePrefix()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    koers.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return koers;
    }

    /** The demo users the tests sign in as, and those of every {@link Administration}: the whole list, as it replaces the default one. */
    private static List<String> users() {
        List<List<String>> users = new ArrayList<>(List.of(
                List.of("planner", "planner", "koersbeke", "PLANNER"),
                List.of("viewer", "viewer", "koersbeke", "VIEWER"),
                List.of("staff", "staff", "koersbeke", "STAFF"),
                List.of("zandhoven-planner", "zandhoven", "zandhoven", "PLANNER")));
        for (Administration administration : Administration.values()) {
            for (String role : List.of("planner", "staff", "viewer")) {
                users.add(List.of(administration.user(role), role, administration.name().toLowerCase(Locale.ROOT),
                        role.toUpperCase(Locale.ROOT)));
            }
        }
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            String user = "--koers.security.users[" + i + "].";
            arguments.add(user + "username=" + users.get(i).get(0));
            arguments.add(user + "password={noop}" + users.get(i).get(1));
            arguments.add(user + "tenant=" + users.get(i).get(2));
            arguments.add(user + "roles[0]=" + users.get(i).get(3));
        }
        return arguments;
    }
}
