package cn.qinglian.workflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.importing.OrgImportService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A name with characters outside the BMP (生僻字 𠀾, 𡘙) and an emoji survive import, the app's
 * tables, Camunda's identity tables and both REST APIs — on MySQL, where Camunda's own utf8
 * tables would otherwise refuse them.
 */
class RareCharacterRoundTripTest extends IntegrationTest {

    private static final String RARE_NAME = "王𠀾𡘙";
    private static final String EMOJI_NAME = "李小明😀";

    @Autowired
    OrgImportService importService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void rareCharactersAndEmojiSurviveEveryLayer() throws Exception {
        String rare = "r" + UUID.randomUUID().toString().substring(0, 8);
        String emoji = "e" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "人员编号,姓名,所在单位编号,职务,角色\r\n"
                + rare + "," + RARE_NAME + ",d02,科员,党员\r\n"
                + emoji + "," + EMOJI_NAME + ",d02,科员,党员\r\n";

        importService.importFiles(List.of(new OrgImportService.UploadedFile("people.csv", csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(jdbc.queryForObject("SELECT name FROM org_person WHERE id = ?", String.class, rare)).isEqualTo(RARE_NAME);
        assertThat(jdbc.queryForObject("SELECT name FROM org_person WHERE id = ?", String.class, emoji)).isEqualTo(EMOJI_NAME);
        assertThat(engine.getIdentityService().createUserQuery().userId(rare).singleResult().getFirstName()).isEqualTo(RARE_NAME);
        assertThat(engine.getIdentityService().createUserQuery().userId(emoji).singleResult().getFirstName()).isEqualTo(EMOJI_NAME);

        String profile = as("demo").getForObject("/engine-rest/user/" + rare + "/profile", String.class);
        assertThat(json.readTree(profile).path("firstName").asText()).isEqualTo(RARE_NAME);
        String person = as("m0001").getForObject("/api/org/people/" + emoji, String.class);
        assertThat(json.readTree(person).path("name").asText()).isEqualTo(EMOJI_NAME);
        String byName = as("demo").getForObject("/engine-rest/user?firstName=" + RARE_NAME, String.class);
        assertThat(json.readTree(byName).get(0).path("id").asText()).isEqualTo(rare);
    }
}
