package cn.qinglian.workflow.mobile;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves 掌上办: every screen's address (a notice's {@code /m/tasks/{id}} included) answers with the one
 * page, whose script shows the screen. The page and its entry script are asked again on every visit
 * (an upgrade reaches phones at once); the chunks carry a content hash and are kept for a year. Scripts
 * and styles go out gzip-compressed (server.compression).
 */
@Configuration
class MobilePage implements WebMvcConfigurer {

    static final String INDEX = "forward:/m/index.html";
    /** The same page, fetching the task screen's code at once as well: what a notice's link opens. */
    static final String TASK = "forward:/m/task.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/m", "/m/");
        for (String screen :
                new String[] {"/m/", "/m/done", "/m/started", "/m/copied", "/m/processes/*", "/m/sessions/*"}) {
            registry.addViewController(screen).setViewName(INDEX);
        }
        registry.addViewController("/m/tasks/*").setViewName(TASK);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/m/assets/chunks/**")
                .addResourceLocations("classpath:/static/m/assets/chunks/")
                .setCacheControl(
                        CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        registry.addResourceHandler("/m/**")
                .addResourceLocations("classpath:/static/m/")
                .setCacheControl(CacheControl.noCache());
    }
}
