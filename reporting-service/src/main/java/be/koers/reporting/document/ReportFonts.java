package be.koers.reporting.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans, embedded in every PDF and used in every chart: it has the euro sign and the accents of Dutch and
 * French, and the same look on every server, whatever fonts the machine has installed.
 */
final class ReportFonts {

    static final String FAMILY = "Liberation Sans";

    private static final byte[] REGULAR = load("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = load("LiberationSans-Bold.ttf");
    private static final Font AWT_REGULAR = awt(REGULAR);
    private static final Font AWT_BOLD = awt(BOLD);

    private ReportFonts() {
    }

    static InputStream regular() {
        return new ByteArrayInputStream(REGULAR);
    }

    static InputStream bold() {
        return new ByteArrayInputStream(BOLD);
    }

    static Font awt(int style, float size) {
        return (style == Font.BOLD ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static byte[] load(String file) {
        String resource = "/liberation/" + file; // as packaged by com.github.librepdf:openpdf-fonts-extra
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Liberation Sans cannot be read", e);
        }
    }
}
