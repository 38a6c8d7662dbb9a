package be.koers.support.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/**
 * Schemas of the JSON the services really write, where swagger-core's reading of the Java types falls short.
 * <ul>
 * <li>Null fields are left out, except a field marked {@code @JsonInclude(ALWAYS)}, which a client gets as
 * {@code null} (an element that continues nothing, a plan without an open revision): its schema may be null.</li>
 * <li>A value typed {@code Object} (in a {@code Map<String, Object>} answer) is any JSON value, not an object.</li>
 * </ul>
 */
class JsonAsWritten implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType.getRawClass() == Object.class) {
            return new Schema<>().description("Any JSON value");
        }
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || !writtenWhenNull(type.getCtxAnnotations())) {
            return schema;
        }
        // OpenAPI 3.0 ignores what stands beside a $ref: the reference goes under allOf.
        return schema.get$ref() == null ? schema.nullable(true) : new Schema<>().allOf(List.of(schema)).nullable(true);
    }

    private static boolean writtenWhenNull(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof JsonInclude include && include.value() == JsonInclude.Include.ALWAYS) {
                return true;
            }
        }
        return false;
    }
}
