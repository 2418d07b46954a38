package cn.qinglian.workflow.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task's form may not set the variables the process itself decides with: who does the next step
 * ({@code supervisor}, {@code unitHead} …), the ids of the business records ({@code riskPointId} …) and
 * the lists a multi-instance runs over. Camunda lets whoever may complete a task set any variable, so
 * without this a unit head could name themselves the 分管领导 of their own high-risk point, or record a
 * decision on another unit's point. Refused with 400 on /engine-rest and Tasklist's own API.
 */
@Component
class ProcessVariableGuard extends OncePerRequestFilter {

    static final Set<String> PROCESS_OWNED = Set.of(
            // assignees
            "registrant", "unitHead", "supervisor", "inspector", "secretary", "reviewer", "member", "signer", "counterpart",
            // business ids
            "riskPointId", "campaignId", "reviewId", "letterId", "listId", "itemId", "leadUnitId", "measureId", "memberId",
            "signerId", "unitId",
            // multi-instance collections
            "measureIds", "openMeasureIds", "memberIds", "unitIds", "lowerIds", "lowerGroups", "lowerGroup", "leadUnitIds", "itemIds");

    private static final Pattern TASK_WRITE = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/[^/]+/(complete|submit-form|resolve|variables|localVariables)(?:/([^/]+))?/?$");

    private final ObjectMapper json;

    ProcessVariableGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher write = TASK_WRITE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!write.matches() || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        List<String> names = new ArrayList<>();
        if (write.group(2) != null) {
            names.add(URLDecoder.decode(write.group(2), StandardCharsets.UTF_8));
        } else {
            names.addAll(submittedNames(body));
        }
        List<String> refused = names.stream().filter(PROCESS_OWNED::contains).toList();
        if (!refused.isEmpty()) {
            refuse(response, refused);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private List<String> submittedNames(byte[] body) {
        List<String> names = new ArrayList<>();
        try {
            JsonNode root = json.readTree(body);
            if (root != null) {
                for (String field : List.of("variables", "modifications")) {
                    root.path(field).fieldNames().forEachRemaining(names::add);
                }
            }
        } catch (IOException e) {
            // Not JSON: Camunda refuses it itself.
        }
        return names;
    }

    private void refuse(HttpServletResponse response, List<String> names) throws IOException {
        String detail = "以下变量由流程设定，不能在表单中提交：" + String.join("、", names) + "。未做任何更改。";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:qinglian:problem:process-variable");
        body.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
        body.put("status", 400);
        body.put("code", "process-variable");
        body.put("detail", detail);
        body.put("message", detail);
        response.setStatus(400);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
