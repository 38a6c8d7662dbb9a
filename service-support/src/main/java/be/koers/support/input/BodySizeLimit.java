package be.koers.support.input;

import be.koers.support.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body over the limit with 413, before anything is stored. Tomcat has no limit for a JSON body (its
 * maxPostSize is for form posts only), so the limit is kept here: a declared Content-Length over it is refused before
 * the body is read, and a body without one (chunked) is counted as it is read and cut off when it passes the limit.
 */
public class BodySizeLimit extends OncePerRequestFilter {

    private final long limit;
    private final ProblemWriter problems;

    public BodySizeLimit(DataSize limit, ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, BodyTooLarge.FIELD, BodyTooLarge.RULE, BodyTooLarge.message(limit));
            // out before Tomcat drains what the client goes on sending (up to server.tomcat.max-swallow-size, then it
            // closes the connection): a client that pushes its body without waiting still reads why
            response.flushBuffer();
            return;
        }
        chain.doFilter(new CountedBody(request, limit), response);
    }

    /** Thrown by a body's stream when it passes the limit; the problem handlers answer 413 for it. */
    public static final class BodyTooLarge extends IOException {

        public static final String FIELD = "body";
        public static final String RULE = "max-size";

        private BodyTooLarge(long limit) {
            super(message(limit));
        }

        private static String message(long limit) {
            return "The request body is larger than " + DataSize.ofBytes(limit).toMegabytes() + " MB (" + limit
                    + " bytes); send large uploads in parts.";
        }
    }

    private static final class CountedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        CountedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedStream(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) throws BodyTooLarge {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
