package be.koers.web.browser;

import be.koers.testing.KoersSystem;

import java.util.Locale;
import java.util.UUID;

/**
 * One Koers behind the web app for every browser test of this JVM: the packaged command-, query- and
 * reporting-service as processes on fresh PostgreSQL databases, an in-process KRaft broker and the local issuer
 * ({@code LocalIssuer.shared()}), started on first use and stopped when the JVM ends.
 */
public final class SharedKoers {

    private static KoersSystem koers;

    private SharedKoers() {
    }

    public static synchronized KoersSystem get() {
        if (koers == null) {
            koers = new KoersSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    koers.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "koers-stop"));
        }
        return koers;
    }

    /**
     * A new administration, registered by the operator, for one test: its legislatures cannot collide with another
     * test's. Its users are {@code <role>@<tenant>} with the role as password ({@link #user}).
     */
    public static String newAdministration() {
        String tenant = "web-" + UUID.randomUUID().toString().substring(0, 8);
        get().register(tenant);
        return tenant;
    }

    public static String user(String role, String tenant) {
        return role.toLowerCase(Locale.ROOT) + "@" + tenant;
    }
}
