package cn.qinglian.workflow.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The webapps as served: our Chinese translation beside Camunda's English, Chinese offered first,
 * and the Tasklist plugin loaded. Tasklist, Admin and Welcome are translated in full; Cockpit's
 * translation may leave keys to the English fallback but adds none of its own.
 */
class WebappTranslationTest extends IntegrationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");

    @Autowired
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void everyEnglishTextHasAChineseOneWithTheSamePlaceholders(String app) throws Exception {
        JsonNode english = locale(app, "en");
        JsonNode chinese = locale(app, "zh");
        List<String> missing = new ArrayList<>();
        List<String> brokenPlaceholders = new ArrayList<>();
        compare("", english, chinese, missing, brokenPlaceholders);
        assertThat(missing).as("keys of %s/en.json without a Chinese text", app).isEmpty();
        assertThat(brokenPlaceholders)
                .as("Chinese texts of %s that lost a {{placeholder}}", app)
                .isEmpty();
    }

    @Test
    void cockpitsChineseKeysAllExistInEnglish() throws Exception {
        JsonNode english = locale("cockpit", "en");
        JsonNode chinese = locale("cockpit", "zh");
        List<String> invented = new ArrayList<>();
        compare("", chinese, english, invented, new ArrayList<>());
        assertThat(invented)
                .as("keys in cockpit/zh.json that Cockpit does not have")
                .isEmpty();
        assertThat(chinese.path("labels").size()).as("translated Cockpit texts").isGreaterThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void chineseIsOfferedFirstAndEnglishStays(String app) {
        String config = get("/camunda/app/" + app + "/scripts/config.js").getBody();
        assertThat(config).containsPattern("availableLocales\\s*:\\s*\\[\\s*['\"]zh['\"]\\s*,\\s*['\"]en['\"]");
        assertThat(config).containsPattern("fallbackLocale\\s*:\\s*['\"]en['\"]");
    }

    @Test
    void tasklistLoadsTheApprovalPlugin() {
        assertThat(get("/camunda/app/tasklist/scripts/config.js").getBody()).contains("scripts/qinglian/approval.js");
        ResponseEntity<String> plugin = get("/camunda/app/tasklist/scripts/qinglian/approval.js");
        assertThat(plugin.getBody())
                .contains("tasklist.task.detail")
                .contains("审批记录")
                .doesNotContain("innerHTML");
    }

    private ResponseEntity<String> get(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response;
    }

    private JsonNode locale(String app, String language) throws Exception {
        String text =
                get("/camunda/app/" + app + "/locales/" + language + ".json").getBody();
        // Camunda's own files start with a byte order mark, which browsers skip and Jackson does not.
        return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static void compare(
            String path, JsonNode reference, JsonNode other, List<String> missing, List<String> brokenPlaceholders) {
        if (reference.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) reference::fields) {
                String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode counterpart = other.get(field.getKey());
                if (counterpart == null) {
                    missing.add(key);
                } else {
                    compare(key, field.getValue(), counterpart, missing, brokenPlaceholders);
                }
            }
        } else if (reference.isArray()) {
            for (int i = 0; i < reference.size(); i++) {
                JsonNode counterpart = other.get(i);
                if (counterpart == null) {
                    missing.add(path + "[" + i + "]");
                } else {
                    compare(path + "[" + i + "]", reference.get(i), counterpart, missing, brokenPlaceholders);
                }
            }
        } else if (reference.isTextual() && other.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(reference.asText());
            while (m.find()) {
                if (!other.asText().replace(" ", "").contains("{{" + m.group(1).replace(" ", "") + "}}")) {
                    brokenPlaceholders.add(path + " {{" + m.group(1) + "}}");
                }
            }
        }
    }
}
