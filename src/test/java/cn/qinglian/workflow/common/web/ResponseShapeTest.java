package cn.qinglian.workflow.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract test's shape check is only as honest as this: each kind of change to a response is caught. */
class ResponseShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String API = """
            {"components": {"schemas": {
              "Person": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string"}, "age": {"type": "integer"}, "active": {"type": "boolean"},
                "role": {"type": "string", "enum": ["MEMBER", "HEAD"]},
                "units": {"type": "array", "items": {"$ref": "#/components/schemas/Unit"}}}},
              "Unit": {"type": "object", "properties": {"id": {"type": "string"}}},
              "Counts": {"type": "object", "additionalProperties": {"type": "integer"}}}}}
            """;

    @Test
    void aResponseOfTheDocumentedShapePasses() throws Exception {
        assertThat(failures(
                        "Person",
                        "{\"id\":\"m1\",\"age\":3,\"active\":true,\"role\":\"HEAD\",\"units\":[{\"id\":\"d09\"}]}"))
                .isEmpty();
        assertThat(failures("Counts", "{\"sent\":3,\"failed\":0}")).isEmpty();
    }

    @Test
    void aRenamedOrAddedFieldIsCaught() throws Exception {
        assertThat(failures("Person", "{\"id\":\"m1\",\"years\":3}"))
                .containsExactly("t: $.years is not in the schema");
        assertThat(failures("Person", "{\"id\":\"m1\",\"units\":[{\"code\":\"d09\"}]}"))
                .containsExactly("t: $.units[0].code is not in the schema");
    }

    @Test
    void aMissingRequiredFieldIsCaught() throws Exception {
        assertThat(failures("Person", "{\"age\":3}")).containsExactly("t: $.id is required and missing");
    }

    @Test
    void aChangedTypeOrUnknownEnumValueIsCaught() throws Exception {
        assertThat(failures("Person", "{\"id\":\"m1\",\"age\":\"3\"}"))
                .hasSize(1)
                .allMatch(f -> f.contains("an integer"));
        assertThat(failures("Person", "{\"id\":7}")).hasSize(1).allMatch(f -> f.contains("a string"));
        assertThat(failures("Person", "{\"id\":\"m1\",\"role\":\"BOSS\"}"))
                .hasSize(1)
                .allMatch(f -> f.contains("one of"));
        assertThat(failures("Person", "{\"id\":\"m1\",\"units\":{}}"))
                .hasSize(1)
                .allMatch(f -> f.contains("an array"));
        assertThat(failures("Counts", "{\"sent\":\"3\"}")).hasSize(1).allMatch(f -> f.contains("an integer"));
    }

    private static List<String> failures(String schema, String value) throws Exception {
        JsonNode api = JSON.readTree(API);
        List<String> failures = new ArrayList<>();
        new ResponseShape(api, "t", failures)
                .check(JSON.readTree("{\"$ref\":\"#/components/schemas/" + schema + "\"}"), JSON.readTree(value), "$");
        return failures;
    }
}
