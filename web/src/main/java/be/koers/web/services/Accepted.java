package be.koers.web.services;

import java.util.Objects;

/** The command-service's answer to an accepted command: the id of what it created or changed. */
public record Accepted(String id, String correlationId) {

    /** The id, from an answer that must be there. */
    public static String idOf(Accepted accepted) {
        return Objects.requireNonNull(accepted, "the command-service accepted without an answer").id();
    }
}
