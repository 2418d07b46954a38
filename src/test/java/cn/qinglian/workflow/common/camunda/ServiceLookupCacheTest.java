package cn.qinglian.workflow.common.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Services files are read once and give the same providers; the request's class loader is restored. */
class ServiceLookupCacheTest {

    /** The application's loader, counting how often a services file is looked up through it. */
    static final class Counting extends ClassLoader {
        final AtomicInteger servicesLookups = new AtomicInteger();

        Counting() {
            super(ServiceLookupCacheTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/")) {
                servicesLookups.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    @Test
    void theSameProvidersComeFromOneLookup() {
        Counting parent = new Counting();
        var cached = new ServiceLookupCache.CachedServices(parent);
        List<String> expected = providers(parent);
        assertThat(expected)
                .as("the webapp's engine provider is on the class path")
                .isNotEmpty();
        parent.servicesLookups.set(0);

        assertThat(providers(cached)).isEqualTo(expected);
        assertThat(providers(cached)).isEqualTo(expected);
        assertThat(parent.servicesLookups).as("read once, then from memory").hasValue(1);
        assertThat(ServiceLoader.load(NoSuchService.class, cached).findFirst()).isEmpty();
    }

    /** Two copies of one services file, the first without a final newline, give both providers. */
    @Test
    void copiesInSeveralJarsAreAllRead(@TempDir Path first, @TempDir Path second) throws Exception {
        String file = "META-INF/services/" + Greeting.class.getName();
        Files.createDirectories(first.resolve(file).getParent());
        Files.createDirectories(second.resolve(file).getParent());
        Files.writeString(first.resolve(file), Hello.class.getName());
        Files.writeString(second.resolve(file), Hi.class.getName() + "\n");
        try (URLClassLoader jars = new URLClassLoader(
                new URL[] {first.toUri().toURL(), second.toUri().toURL()},
                getClass().getClassLoader())) {
            var cached = new ServiceLookupCache.CachedServices(jars);
            assertThat(ServiceLoader.load(Greeting.class, cached).stream()
                            .map(p -> p.type().getSimpleName())
                            .toList())
                    .containsExactly("Hello", "Hi");
        }
    }

    @Test
    void otherResourcesAndClassesComeFromTheParent() throws Exception {
        var cached = new ServiceLookupCache.CachedServices(new Counting());
        assertThat(cached.getResource("application.yaml"))
                .isEqualTo(getClass().getClassLoader().getResource("application.yaml"));
        assertThat(cached.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
    }

    @Test
    void engineRestRequestsRunWithTheCachingLoaderAndGiveTheOriginalBack() throws Exception {
        ServiceLookupCache filter = new ServiceLookupCache();
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        List<ClassLoader> seen = new ArrayList<>();
        for (String path : List.of("/engine-rest/task", "/camunda/api/engine/engine/default/task", "/api/tasks/todo")) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            filter.doFilter(
                    request, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                        @Override
                        protected void service(
                                jakarta.servlet.http.HttpServletRequest req,
                                jakarta.servlet.http.HttpServletResponse res) {
                            seen.add(Thread.currentThread().getContextClassLoader());
                        }
                    }));
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(original);
        }
        assertThat(seen.get(0))
                .isInstanceOf(ServiceLookupCache.CachedServices.class)
                .isSameAs(seen.get(1));
        assertThat(seen.get(0).getParent()).isSameAs(original);
        assertThat(seen.get(2)).as("/api does not look services up").isSameAs(original);
    }

    @Test
    void theOriginalLoaderIsBackWhenTheRequestFails() {
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        var failing = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(
                    jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                throw new IllegalStateException("boom");
            }
        });
        assertThatThrownBy(() -> new ServiceLookupCache()
                        .doFilter(
                                new MockHttpServletRequest("POST", "/engine-rest/task/1/complete"),
                                new MockHttpServletResponse(),
                                failing))
                .hasMessage("boom");
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(original);
    }

    private static List<String> providers(ClassLoader loader) {
        return ServiceLoader.load(ProcessEngineProvider.class, loader).stream()
                .map(p -> p.type().getName())
                .toList();
    }

    interface NoSuchService {}

    public interface Greeting {}

    public static class Hello implements Greeting {}

    public static class Hi implements Greeting {}
}
