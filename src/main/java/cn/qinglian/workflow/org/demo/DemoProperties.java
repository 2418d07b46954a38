package cn.qinglian.workflow.org.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qinglian.demo.*}: whether to load the demo organisation, its size, the demo password, and
 * whether each person gets a 钉钉 id ({@code demo-<id>}, for the benchmark's fake 钉钉).
 */
@ConfigurationProperties("qinglian.demo")
record DemoProperties(boolean enabled, int members, String password, boolean dingtalkIds) {

    public DemoProperties {
        members = members <= 0 ? DemoOrganisation.DEFAULT_SIZE : members;
    }
}
