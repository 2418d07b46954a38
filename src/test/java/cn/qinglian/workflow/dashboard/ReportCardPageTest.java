package cn.qinglian.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The page is served without a login of its own: its script reads /api/dashboard with the webapp session. */
class ReportCardPageTest extends IntegrationTest {

    @Test
    void theFolderServesThePageAndItsScript() {
        ResponseEntity<String> page = http.getForEntity("/report-card/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getBody()).contains("党建报表", "report-card.js");
        assertThat(http.getForEntity("/report-card/report-card.js", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutTheTrailingSlashItRedirects() {
        ResponseEntity<String> response = http.getForEntity("/report-card", String.class);
        if (response.getStatusCode().is3xxRedirection()) {
            assertThat(response.getHeaders().getLocation()).hasPath("/report-card/");
        } else {
            assertThat(response.getBody())
                    .as("the client followed the redirect")
                    .contains("党建报表");
        }
    }
}
