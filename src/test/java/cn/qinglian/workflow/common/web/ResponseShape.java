package cn.qinglian.workflow.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A JSON value against an OpenAPI 3.0 schema as springdoc writes them ($ref, object, array, scalars, enum):
 * a field the schema lacks, a required one missing, or a value of another type is added to {@code failures}.
 */
record ResponseShape(JsonNode api, String what, List<String> failures) {

    void check(JsonNode schema, JsonNode value, String at) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            check(api.path("components").path("schemas").path(name), value, at);
            return;
        }
        if (value == null || value.isNull()) {
            return;
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> object(schema, value, at);
            case "array" -> {
                if (!value.isArray()) {
                    fail(at, "an array", value);
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        check(schema.path("items"), value.get(i), at + "[" + i + "]");
                    }
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    fail(at, "a string", value);
                } else if (schema.has("enum")
                        && !schema.path("enum").toString().contains("\"" + value.asText() + "\"")) {
                    fail(at, "one of " + schema.path("enum"), value);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    fail(at, "an integer", value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    fail(at, "a number", value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    fail(at, "a boolean", value);
                }
            }
            default -> {
                // No type: any value (springdoc writes `Object` so).
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at) {
        if (!value.isObject()) {
            fail(at, "an object", value);
            return;
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        schema.path("required").forEach(required -> {
            if (!value.has(required.asText())) {
                failures.add(what + ": " + at + "." + required.asText() + " is required and missing");
            }
        });
        value.fields().forEachRemaining(field -> {
            String fieldAt = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), fieldAt);
            } else if (additional.isObject()) {
                check(additional, field.getValue(), fieldAt);
            } else if (!properties.isMissingNode() || additional.isBoolean()) {
                failures.add(what + ": " + fieldAt + " is not in the schema");
            }
        });
    }

    private void fail(String at, String expected, JsonNode value) {
        failures.add(what + ": " + at + " should be " + expected + ", is " + value);
    }
}
