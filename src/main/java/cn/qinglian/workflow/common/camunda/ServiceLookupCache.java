package cn.qinglian.workflow.common.camunda;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST resources find the process engine through {@link java.util.ServiceLoader} each
 * time one is created ({@code EngineUtil.lookupProcessEngine}, at least once per request). In the
 * executable jar that lookup lists {@code META-INF/services} across every nested jar and reads the
 * file again: 2.6 % of the app's CPU in a profile of the 6,000-person 责任书 cascade (0.9 % after, the
 * provider's instantiation). For {@code /engine-rest} and the webapps' API the thread's context class
 * loader answers {@code META-INF/services} lookups from what it read the first time — all copies of
 * a file joined into one in-memory URL, which is all {@code ServiceLoader} and Jersey need of it;
 * classes and every other resource come from the loader it wraps, as before.
 */
@Component
class ServiceLookupCache extends OncePerRequestFilter {

    private final Map<ClassLoader, CachedServices> loaders = new ConcurrentHashMap<>();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        if (original == null || original instanceof CachedServices) {
            chain.doFilter(request, response);
            return;
        }
        thread.setContextClassLoader(loaders.computeIfAbsent(original, CachedServices::new));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** Delegates everything to its parent, except that a services file is read once (all copies, joined). */
    static final class CachedServices extends ClassLoader {

        private static final String SERVICES = "META-INF/services/";

        static {
            registerAsParallelCapable();
        }

        private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

        CachedServices(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(SERVICES)) {
                return super.getResources(name);
            }
            try {
                return Collections.enumeration(services.computeIfAbsent(name, this::readOnce));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private List<URL> readOnce(String name) {
            try {
                List<URL> copies = Collections.list(getParent().getResources(name));
                if (copies.isEmpty()) {
                    return List.of();
                }
                ByteArrayOutputStream joined = new ByteArrayOutputStream();
                for (URL copy : copies) {
                    try (InputStream in = copy.openStream()) {
                        in.transferTo(joined);
                    }
                    joined.write('\n');
                }
                return List.of(inMemory(name, joined.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static URL inMemory(String name, byte[] content) throws IOException {
            return new URL("memory", null, -1, "/" + name, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {
                            connected = true;
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(content);
                        }
                    };
                }
            });
        }
    }
}
