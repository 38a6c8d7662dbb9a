package be.koers.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(CommonProblemHandlers.class)
public class ProblemAutoConfiguration {
}
