package be.koers.system.fuzz;

import io.swagger.v3.oas.models.media.Schema;

import java.util.List;

/**
 * One operation of a service's OpenAPI document, as the fuzzer needs it.
 *
 * @param produces the media types its success responses document; the fuzzer accepts them (and problem+json)
 * @param creates  whether it documents 201: a body id it names is then the new thing's id, not an existing one's
 */
record ApiOperation(String service, String method, String path, List<Parameter> parameters, Schema<?> body,
                    List<String> produces, boolean creates) {

    enum In { PATH, QUERY, HEADER }

    record Parameter(String name, In in, boolean required, Schema<?> schema) {
    }

    /** Whether it changes something: then a success must become visible in the query-service. */
    boolean writes() {
        return !method.equals("GET");
    }

    String accept() {
        return produces.isEmpty() || produces.contains("*/*") ? "*/*" : String.join(", ", produces) + ", application/problem+json";
    }

    @Override
    public String toString() {
        return service + " " + method + " " + path;
    }
}
