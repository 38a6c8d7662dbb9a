package be.koers.identity;

import org.springframework.web.util.HtmlUtils;

/**
 * The issuer's few pages, rendered on the server and styled by Spring Security's own {@code /default-ui.css} (the
 * sign-in page's): nothing is loaded from elsewhere, so they work offline and leak no visits to a CDN.
 */
final class Page {

    private Page() {
    }

    static String of(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s · Koers</title>
                  <link href="/default-ui.css" rel="stylesheet">
                </head>
                <body>
                <div class="content">
                %s
                </div>
                </body>
                </html>
                """.formatted(escape(title), body);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
