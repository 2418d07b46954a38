package cn.qinglian.workflow.common.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engine resource a request reaches through Camunda REST ({@code /engine-rest}, also with a named
 * engine) or the webapps' engine API ({@code /camunda/api/engine/engine/{name}}), e.g.
 * {@code /task/42/complete}, however the URL spells it. Read from the path the container decoded and
 * normalized (encoded letters, dot segments), then without what Jersey ignores when it routes: empty
 * segments, matrix parameters and a trailing slash. Guards match the result case-insensitively, so a
 * spelling the engine would refuse anyway is refused too rather than let through.
 */
final class EngineApiPath {

    private static final Pattern ENGINE_API = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$", Pattern.CASE_INSENSITIVE);

    private EngineApiPath() {}

    static Optional<String> of(HttpServletRequest request) {
        String decoded = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String canonical = Arrays.stream(decoded.split("/"))
                .map(segment -> segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment)
                .filter(segment -> !segment.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        Matcher api = ENGINE_API.matcher(canonical);
        return api.matches() ? Optional.of(api.group(1) == null ? "/" : api.group(1)) : Optional.empty();
    }
}
