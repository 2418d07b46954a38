package cn.qinglian.workflow.org.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code qinglian.demo.*}: whether to load the demo organisation, its size, the demo password. */
@ConfigurationProperties("qinglian.demo")
record DemoProperties(boolean enabled, int members, String password) {

    public DemoProperties {
        members = members <= 0 ? DemoOrganisation.DEFAULT_SIZE : members;
    }
}
