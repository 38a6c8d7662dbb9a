package be.koers.support.openapi;

/** A request header a client may send, as the API documents show it. */
public record DocumentedHeader(String name, String description, String example) {
}
