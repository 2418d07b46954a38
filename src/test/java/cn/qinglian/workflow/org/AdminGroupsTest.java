package cn.qinglian.workflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.security.CurrentUser;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;

/** Admin lists groups with their names and types as stored: they must read in Chinese. */
class AdminGroupsTest extends IntegrationTest {

    @Test
    void theAdministratorsGroupAndTheOrganisationsGroupsAreNamedAndTypedInChinese() {
        Group admins = engine.getIdentityService()
                .createGroupQuery()
                .groupId(CurrentUser.ADMIN_GROUP)
                .singleResult();
        assertThat(admins.getName()).isEqualTo("系统管理员");
        assertThat(admins.getType()).isEqualTo("系统");

        assertThat(engine.getIdentityService().createGroupQuery().list())
                .filteredOn(group ->
                        group.getId().startsWith("unit-") || group.getId().startsWith("role-"))
                .isNotEmpty()
                .allSatisfy(group -> assertThat(group.getType()).isEqualTo(IdentitySync.GROUP_TYPE));
    }
}
