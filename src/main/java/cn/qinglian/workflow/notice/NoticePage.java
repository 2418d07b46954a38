package cn.qinglian.workflow.notice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The 消息与通知 page (static/notices/) at {@code /notices/}: the folder forwards to its index.html. */
@Configuration
class NoticePage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/notices", "/notices/");
        registry.addViewController("/notices/").setViewName("forward:/notices/index.html");
    }
}
