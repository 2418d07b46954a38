package cn.qinglian.workflow.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts refused imports (the organisation, the 任务清单 and the 项目党建 ledger): an upload to one of the
 * three import endpoints answered with a 4xx or 5xx. A counter per node and kind, for the dashboard's
 * "导入失败" panel.
 */
@Configuration
class ImportRefusals implements WebMvcConfigurer {

    static final String IMPORTS_REFUSED = "qinglian.imports.refused";

    /** Import endpoint → the kind label. */
    static final Map<String, String> IMPORTS = Map.of(
            "/api/org/import", "org",
            "/api/task-lists/import", "tasklist",
            "/api/site-building/import", "sitebuilding");

    private final Map<String, Counter> counters;

    ImportRefusals(MeterRegistry registry) {
        this.counters = Map.copyOf(IMPORTS.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> Counter.builder(IMPORTS_REFUSED)
                                .description("被拒绝的导入次数（按导入类型）")
                                .tag("kind", e.getValue())
                                .register(registry))));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void afterCompletion(
                            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                        Counter counter = counters.get(request.getRequestURI());
                        if (counter != null && (ex != null || response.getStatus() >= 400)) {
                            counter.increment();
                        }
                    }
                })
                .addPathPatterns(IMPORTS.keySet().toArray(String[]::new));
    }
}
