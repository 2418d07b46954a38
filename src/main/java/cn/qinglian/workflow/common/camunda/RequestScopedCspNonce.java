package cn.qinglian.workflow.common.camunda;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda 7.24's webapps keep the Content-Security-Policy nonce as an attribute of the servlet context:
 * the header filter writes a new nonce there for each page and the engines filter reads it back into the
 * page's {@code <script nonce>}. Two pages loading at once overwrite each other's nonce, so a page can get
 * a header whose nonce its scripts do not carry, and the browser blocks them all: a blank spinner (2–11 of
 * 20 simultaneous Tasklist loads). For the webapps' requests this keeps that one attribute on the request
 * instead — the servlet context those filters see stores and reads it there — as the Operaton fork fixed
 * the same code. Every other attribute and call goes to the real servlet context.
 */
@Configuration
class RequestScopedCspNonce {

    static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

    @Bean
    FilterRegistrationBean<Filter> requestScopedCspNonceFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(RequestScopedCspNonce::filter);
        registration.setName("RequestScopedCspNonce");
        registration.addUrlPatterns("/camunda/*");
        // Before Camunda's own filters, which the starter registers after the application's.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void filter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new NonceRequest(http) : request, response);
    }

    /** A request whose servlet context keeps the CSP nonce in the request. */
    static final class NonceRequest extends HttpServletRequestWrapper {

        private final ServletContext context;

        NonceRequest(HttpServletRequest request) {
            super(request);
            ServletContext shared = request.getServletContext();
            this.context = (ServletContext) Proxy.newProxyInstance(
                    ServletContext.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class},
                    (proxy, method, args) -> {
                        if (args != null && args.length > 0 && NONCE.equals(args[0])) {
                            switch (method.getName()) {
                                case "getAttribute" -> {
                                    return request.getAttribute(NONCE);
                                }
                                case "setAttribute" -> {
                                    request.setAttribute(NONCE, args[1]);
                                    return null;
                                }
                                case "removeAttribute" -> {
                                    request.removeAttribute(NONCE);
                                    return null;
                                }
                                default -> {
                                    // every other call with the name goes to the shared context
                                }
                            }
                        }
                        try {
                            return method.invoke(shared, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }
    }
}
