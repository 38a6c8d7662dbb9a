package be.koers.support.input;

import be.koers.support.problem.ProblemWriter;
import be.koers.support.problem.Problems;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * Tomcat refuses some requests before Spring sees them (an encoded '/' in the path, a header over the size limit, a
 * malformed URI) and answers them with its own HTML page. This valve answers them as problem+json like every other
 * refusal, naming the request as the field and the status as the rule.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemWriter problems = new ProblemWriter();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus answer = known == null ? HttpStatus.BAD_REQUEST : known;
        try {
            response.resetBuffer();
            problems.write(response, answer, "request", Problems.ruleOf(answer),
                    "The web server refused this request before Koers read it (" + answer.getReasonPhrase()
                            + "): check the path for encoded '/' or '\\' and for malformed escapes, and the size of the headers.");
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already committed: there is nobody left to tell
        }
    }
}
