package be.koers.projection;

/**
 * Published once a rebuild emptied every projection table, before the replay fills them again: whatever remembers
 * positions in those tables (such as live clients' change numbers) must forget them.
 */
public record ProjectionsTruncated() {
}
