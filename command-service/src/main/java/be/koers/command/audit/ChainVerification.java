package be.koers.command.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes the hash chain of one aggregate's stream with the database's own koers_event_content() and reports
 * the first event whose stored link does not match: an edited, removed or reordered row, or an edition anchor that
 * no longer matches its event.
 */
@Component
public class ChainVerification {

    private final JdbcClient jdbc;

    public ChainVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Link(long sequenceNumber, String eventId, String type, byte[] storedHash, byte[] recomputedHash) {
        boolean matches() {
            return storedHash != null && java.util.Arrays.equals(storedHash, recomputedHash);
        }
    }

    public record Mismatch(long sequenceNumber, String eventId, String type, String reason) {
    }

    public record EditionAnchor(long sequenceNumber, String type, String hash, boolean matches) {
    }

    public record Report(String aggregateId, boolean verified, int events, String headHash,
                         List<EditionAnchor> editions, Mismatch firstMismatch) {
    }

    public Report verify(String aggregateId) {
        List<Link> links = jdbc.sql("""
                        SELECT sequence_number, event_identifier, payload_type, chain_hash,
                               sha256(coalesce(lag(chain_hash) OVER (ORDER BY sequence_number), ''::bytea)
                                      || koers_event_content(d)) AS recomputed
                        FROM domain_event_entry d
                        WHERE aggregate_identifier = ?
                        ORDER BY sequence_number""")
                .param(aggregateId)
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), simpleName(rs.getString(3)), rs.getBytes(4), rs.getBytes(5)))
                .list();
        List<EditionAnchor> editions = jdbc.sql("""
                        SELECT a.sequence_number, a.payload_type, a.chain_hash, d.chain_hash AS current
                        FROM edition_anchor a LEFT JOIN domain_event_entry d
                          ON d.aggregate_identifier = a.aggregate_identifier AND d.sequence_number = a.sequence_number
                        WHERE a.aggregate_identifier = ?
                        ORDER BY a.sequence_number""")
                .param(aggregateId)
                .query((rs, row) -> new EditionAnchor(rs.getLong(1), simpleName(rs.getString(2)), hex(rs.getBytes(3)),
                        java.util.Arrays.equals(rs.getBytes(3), rs.getBytes(4))))
                .list();
        Optional<Mismatch> mismatch = firstBrokenLink(links);
        if (mismatch.isEmpty()) {
            mismatch = editions.stream().filter(anchor -> !anchor.matches()).findFirst()
                    .map(anchor -> new Mismatch(anchor.sequenceNumber(), null, anchor.type(),
                            "the stream was rewritten after edition anchor " + anchor.sequenceNumber()));
        }
        String head = links.isEmpty() ? null : hex(links.get(links.size() - 1).storedHash());
        return new Report(aggregateId, mismatch.isEmpty(), links.size(), head, editions, mismatch.orElse(null));
    }

    private static Optional<Mismatch> firstBrokenLink(List<Link> links) {
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.sequenceNumber() != i) {
                return Optional.of(new Mismatch(link.sequenceNumber(), link.eventId(), link.type(),
                        "event " + i + " is missing from the stream"));
            }
            if (!link.matches()) {
                return Optional.of(new Mismatch(link.sequenceNumber(), link.eventId(), link.type(),
                        "the stored event does not match its hash: its content was changed after it was stored"));
            }
        }
        return Optional.empty();
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }
}
