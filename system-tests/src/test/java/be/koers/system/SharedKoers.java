package be.koers.system;

import be.koers.testing.KoersSystem;

/**
 * One Koers for the test classes that only drive it, started on first use and stopped when the test JVM ends:
 * starting two service JVMs costs tens of seconds. Tests that break Koers on purpose start their own.
 */
final class SharedKoers {

    private static KoersSystem koers;

    private SharedKoers() {
    }

    static synchronized KoersSystem get() {
        if (koers == null) {
            koers = new KoersSystem();
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
