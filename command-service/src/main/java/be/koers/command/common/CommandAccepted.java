package be.koers.command.common;

/** The answer to an accepted command: the id of what it created or changed, and the correlation id of its events. */
public record CommandAccepted(String id, String correlationId) {
}
