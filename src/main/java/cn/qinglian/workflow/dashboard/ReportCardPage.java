package cn.qinglian.workflow.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The report card page (static/report-card/) at {@code /report-card/}: static resources have no directory
 * index of their own below the root, so the folder forwards to its index.html.
 */
@Configuration
class ReportCardPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/report-card", "/report-card/");
        registry.addViewController("/report-card/").setViewName("forward:/report-card/index.html");
    }
}
