package be.koers.system.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request.
 *
 * @param pathValues the path parameters' values as generated (unencoded), for the visibility check
 * @param mutation   what was changed in an otherwise valid request ("body /title: NUL"), or "valid"
 */
record FuzzRequest(ApiOperation operation, Caller caller, String target, Map<String, String> pathValues,
                   Map<String, String> headers, String body, String mutation) {

    private static final int EXCERPT = 240;

    /** A value as one path segment or query value: percent-encoded, spaces as %20. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String describe() {
        StringBuilder text = new StringBuilder(caller + ": " + operation.method() + " " + excerpt(target));
        headers.forEach((name, value) -> text.append(" [").append(name).append(": ").append(excerpt(value)).append(']'));
        if (body != null) {
            text.append(" body ").append(excerpt(body));
        }
        return text.append("  (").append(mutation).append(')').toString();
    }

    /** The start of a text, with control characters shown as escapes: a report must not carry a raw NUL. */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder visible = new StringBuilder();
        text.codePoints().limit(EXCERPT).forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c) && c <= 0xFFFF) {
                visible.append(String.format("\\u%04x", c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > EXCERPT ? visible + "…(" + text.length() + " chars)" : visible.toString();
    }
}
