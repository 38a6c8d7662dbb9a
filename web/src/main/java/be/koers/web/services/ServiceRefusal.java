package be.koers.web.services;

/** A service said no (4xx or 5xx), with its problem; forms show it next to the field it names. */
public class ServiceRefusal extends RuntimeException {

    private final String service;
    private final Problem problem;

    public ServiceRefusal(String service, Problem problem) {
        super(service + " answered " + problem.status() + " " + problem.rule() + ": " + problem.detail());
        this.service = service;
        this.problem = problem;
    }

    public String service() {
        return service;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
