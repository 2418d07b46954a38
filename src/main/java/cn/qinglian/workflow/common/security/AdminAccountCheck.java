package cn.qinglian.workflow.common.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without a first administrator. Only the demo profile brings one (demo/demo);
 * anywhere else it must come from QINGLIAN_ADMIN_USER and QINGLIAN_ADMIN_PASSWORD.
 */
class AdminAccountCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String user = environment.getProperty("qinglian.admin.user", "");
        String password = environment.getProperty("qinglian.admin.password", "");
        if (user.isBlank() || password.isBlank()) {
            throw new IllegalStateException("""
                    未配置管理员账号，应用无法启动。请设置环境变量 QINGLIAN_ADMIN_USER 和 QINGLIAN_ADMIN_PASSWORD。
                    No administrator configured: set the environment variables QINGLIAN_ADMIN_USER and \
                    QINGLIAN_ADMIN_PASSWORD (only the demo profile has a built-in demo/demo).""");
        }
    }
}
