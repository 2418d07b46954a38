package cn.qinglian.workflow.org.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qinglian.workflow.org.OrgService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** Readiness in the demo: not before every demo loader has run and the demo organisation is there. */
class DemoDataHealthIndicatorTest {

    private final OrgService org = mock(OrgService.class);

    @Test
    void outOfServiceWhileTheDemoLoadersRunThenUpOnceTheOrganisationIsThere() {
        var indicator = new DemoDataHealthIndicator(new DemoProperties(true, 160, "demo", false), org);
        when(org.isEmpty()).thenReturn(true);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        when(org.isEmpty()).thenReturn(false);
        assertThat(indicator.health().getStatus())
                .as("the organisation is there, but the other loaders have not all run")
                .isEqualTo(Status.OUT_OF_SERVICE);

        indicator.loadersDone();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWhenTheLoadersRanAndLeftNoOrganisation() {
        var indicator = new DemoDataHealthIndicator(new DemoProperties(true, 160, "demo", false), org);
        when(org.isEmpty()).thenReturn(true);
        indicator.loadersDone();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void alwaysUpWithoutTheDemo() {
        var indicator = new DemoDataHealthIndicator(new DemoProperties(false, 0, null, false), org);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
