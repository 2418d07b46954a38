package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminAccountCheckTest {

    private final AdminAccountCheck check = new AdminAccountCheck();

    @Test
    void refusesToStartWithoutAnAdministrator() {
        MockEnvironment environment = new MockEnvironment().withProperty("qinglian.admin.user", "");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QINGLIAN_ADMIN_USER")
                .hasMessageContaining("QINGLIAN_ADMIN_PASSWORD");
    }

    @Test
    void refusesAnAdministratorWithoutPassword() {
        MockEnvironment environment = new MockEnvironment().withProperty("qinglian.admin.user", "root");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("未配置管理员账号");
    }

    @Test
    void startsWithBoth() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("qinglian.admin.user", "root")
                .withProperty("qinglian.admin.password", "s3cret");
        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
