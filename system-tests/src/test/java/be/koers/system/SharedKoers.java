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
     * the legislatures of one administration differ in name and years. The operator registers each; its users are
     * {@code <role>@<administration>} with the role as password, whom the local issuer signs in in tests.
     */
    enum Administration {
        GHENT, MONITORING, DASHBOARD, AGREEMENT;

        String user(String role) {
            return role + "@" + name().toLowerCase(Locale.ROOT);
        }
    }

    static synchronized KoersSystem get() {
        if (koers == null) {
            koers = new KoersSystem();
            for (Administration administration : Administration.values()) {
                koers.register(administration.name().toLowerCase(Locale.ROOT));
            }
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
}
