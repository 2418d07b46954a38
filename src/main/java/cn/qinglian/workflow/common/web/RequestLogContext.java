package cn.qinglian.workflow.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@code traceId} and {@code user} into the logging MDC for the rest of each request, so that every
 * line it logs — plain or JSON (profile {@code json-logs}) — says which request and whose. The trace id
 * is the caller's (a W3C {@code traceparent}, or {@code X-Request-Id} from the proxy) when it has one,
 * else a new one, and goes back in {@code X-Request-Id}. Set around each
 * request (the trace id before Spring Security, so that a refused request has one too; the user once it
 * has authenticated the request); the user is an id, never a name. Removed when the request ends:
 * Tomcat's threads are reused.
 */
@Configuration
class RequestLogContext {

    static final String TRACE_ID = "traceId";
    static final String USER = "user";
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Logger log = LoggerFactory.getLogger(RequestLogContext.class);
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    /** A request id as proxies make them (uuid, hex, nginx's $request_id); anything else is not logged. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /** Before Spring Security, so that a refused request is logged with its trace id too. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestTraceFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new TraceFilter());
        registration.setName("RequestTrace");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** Just inside Spring Security's chain: the request is authenticated by then. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestUserFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new UserFilter());
        registration.setName("RequestUser");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static final class TraceFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String traceId = traceId(request);
            MDC.put(TRACE_ID, traceId);
            response.setHeader(REQUEST_ID_HEADER, traceId);
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (log.isDebugEnabled()) {
                    // The path only: a query string may carry what a person typed.
                    log.debug(
                            "{} {} {} {} ms",
                            request.getMethod(),
                            request.getRequestURI(),
                            response.getStatus(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                MDC.remove(TRACE_ID);
                MDC.remove(USER);
            }
        }
    }

    static final class UserFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String user = userId();
            if (user != null) {
                MDC.put(USER, user);
            }
            chain.doFilter(request, response);
        }
    }

    static String traceId(HttpServletRequest request) {
        String traceparent = request.getHeader("traceparent");
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.strip());
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        if (requestId != null && REQUEST_ID.matcher(requestId.strip()).matches()) {
            return requestId.strip();
        }
        // Random, not secret: it only ties log lines together (SecureRandom's shared source was one
        // lock more on every request).
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }

    private static String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
