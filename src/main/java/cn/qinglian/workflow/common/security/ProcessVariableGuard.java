package cn.qinglian.workflow.common.security;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task's form may not set the variables the process itself decides with: who does the next step
 * ({@code supervisor}, {@code unitHead} …), the ids of the business records ({@code riskPointId} …) and
 * the lists a multi-instance runs over — as each feature declares them ({@link ProcessOwnedVariables}). Camunda lets whoever may complete a task set any variable, so
 * without this a unit head could name themselves the 分管领导 of their own high-risk point, or record a
 * decision on another unit's point. Refused with 400 on /engine-rest and Tasklist's own API, whatever
 * the spelling of the path ({@link EngineApiPath}), for writes and deletions alike. Starts are checked
 * at the engine ({@code common.camunda.DirectStartGuard}).
 */
@Component
class ProcessVariableGuard extends OncePerRequestFilter {

    /** Every feature's process-owned variables, lower-cased. */
    private final Set<String> processOwnedLower;

    /** A task's completion, form submission, resolution, or a write of its (local) variables, one by name included. */
    private static final Pattern TASK_WRITE = Pattern.compile(
            "^/task/[^/]+/(?:complete|submit-form|resolve|(?:variables|localVariables)(?:/([^/]+)(?:/data)?)?)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Throwing a BPMN error or escalation from a task: no process here catches one, so it would end the
     * member's own 查改剖 or a risk point's cycle as if done (and set variables on the way).
     */
    private static final Pattern TASK_THROW =
            Pattern.compile("^/task/[^/]+/(?:bpmnError|bpmnEscalation)$", Pattern.CASE_INSENSITIVE);

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ObjectMapper json;
    private final ProblemResponses problems;

    ProcessVariableGuard(ObjectMapper json, List<ProcessOwnedVariables> features) {
        this.json = json;
        this.processOwnedLower = features.stream()
                .flatMap(feature -> feature.names().stream())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.problems = new ProblemResponses(json);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String resource = EngineApiPath.of(request).orElse("");
        if (TASK_THROW.matcher(resource).matches()
                && !READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            problems.refuse(response, HttpStatus.FORBIDDEN, "forbidden", "本系统的任务不能以抛出 BPMN 错误或升级的方式结束，请按表单办理。未做任何更改。");
            return;
        }
        Matcher write = TASK_WRITE.matcher(resource);
        if (!write.matches() || READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        List<String> names = new ArrayList<>();
        if (write.group(1) != null) {
            names.add(write.group(1));
        } else {
            try {
                names.addAll(submittedNames(body));
            } catch (IOException unreadable) {
                problems.refuse(response, HttpStatus.BAD_REQUEST, "bad-request", "请求内容不是有效的 JSON，或有重复的字段，未做任何更改。");
                return;
            }
        }
        // Variable names are case-sensitive, but no form has a reason to write `Supervisor` either.
        List<String> refused = names.stream()
                .filter(name -> processOwnedLower.contains(name.toLowerCase(Locale.ROOT)))
                .toList();
        if (!refused.isEmpty()) {
            problems.refuse(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "process-variable",
                    "以下变量由流程设定，不能在表单中提交：" + String.join("、", refused) + "。未做任何更改。");
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    /** The variables a body writes or deletes; a name given twice could hide one from this check, so it is refused. */
    private List<String> submittedNames(byte[] body) throws IOException {
        List<String> names = new ArrayList<>();
        if (body.length == 0) {
            return names;
        }
        JsonNode root =
                json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(body);
        if (root != null) {
            for (String field : List.of("variables", "modifications", "localVariables")) {
                root.path(field).fieldNames().forEachRemaining(names::add);
            }
            root.path("deletions").forEach(name -> names.add(name.asText()));
        }
        return names;
    }
}
