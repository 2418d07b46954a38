package cn.qinglian.workflow.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses expressions in ad-hoc task queries, wherever they sit. Camunda 7.24.0 checks only the
 * top level of a query (enableExpressionsInAdhocQueries is off) and not its {@code orQueries}, so any
 * signed-in user could run a JUEL expression as the engine (CVE-2026-109432, fixed only in the
 * enterprise 7.24.14). Stored filters (Tasklist's 我的待办 with {@code ${currentUser()}}) are not
 * affected: their expressions are in the database, not in the request.
 */
class QueryExpressionFilter extends OncePerRequestFilter {

    /** The task query endpoints of the engine's API, wherever it is served ({@link EngineApiPath}). */
    private static final Pattern QUERY_PATH =
            Pattern.compile("^/(task(/count)?|filter/[^/]+/(list|count|singleResult))$", Pattern.CASE_INSENSITIVE);

    private final ProblemResponses problems;
    private final ObjectMapper json;

    QueryExpressionFilter(ProblemResponses problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !QUERY_PATH.matcher(EngineApiPath.of(request).orElse("")).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean inParameters =
                request.getParameterMap().keySet().stream().anyMatch(name -> name.endsWith("Expression"));
        byte[] body = request.getInputStream().readAllBytes();
        if (inParameters || namesAnExpression(body)) {
            problems.forbidden(response, "expression-not-allowed", "任务查询中不允许使用表达式。");
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    /** Any field, at any depth, named *Expression — read as JSON, so escaped letters in a name count too. */
    private boolean namesAnExpression(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return namesAnExpression(json.readTree(body));
        } catch (IOException notJson) {
            return false;
        }
    }

    private static boolean namesAnExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().endsWith("Expression") || namesAnExpression(field.getValue())) {
                return true;
            }
        }
        for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
            if (namesAnExpression(element)) {
                return true;
            }
        }
        return false;
    }
}
