package be.koers.support.openapi;

import io.swagger.v3.oas.models.media.Schema;

import java.util.Set;

/** Schemas built by hand, valid in the OpenAPI 3.0 and 3.1 documents springdoc writes (they name a type differently). */
final class Schemas {

    private Schemas() {
    }

    static Schema<Object> of(String type) {
        Schema<Object> schema = new Schema<>();
        schema.type(type).types(Set.of(type));
        return schema;
    }

    static Schema<Object> ref(String component) {
        return new Schema<>().$ref("#/components/schemas/" + component);
    }
}
