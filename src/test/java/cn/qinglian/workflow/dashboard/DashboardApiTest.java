package cn.qinglian.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.UnitType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The report card gathers the year's figures of all four processes; only the office and the 党组 read it. */
class DashboardApiTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService org;

    @Test
    void theYearsFiguresFromEveryProcessForTheCommissionAndPerUnit() throws Exception {
        LocalDate soon = LocalDate.now().plusDays(20);
        assertThat(postJson(as("office1"), "/api/task-lists", """
                {"year":2070,"title":"2070年度任务清单","signOffDue":"%s","tasks":[
                  {"content":"开展廉政风险点排查","sourceList":"廉政风险问题清单","responsibility":"监督责任","leadUnit":"a05","leader":"leader1","deadline":"%s"},
                  {"content":"完善内控制度","sourceList":"制度建设问题清单","responsibility":"主体责任","leadUnit":"a05","leader":"leader1","deadline":"%s"}]}
                """.formatted(
                                        soon, soon.plusMonths(3), soon.plusMonths(3)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":2070}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(postJson(as("office1"), "/api/self-review/campaigns", """
                {"name":"2070年度查改剖","year":2070,"slug":"dashboard","unitIds":["x04"],"checkDue":"%s","correctDue":"%s",
                 "analyseDue":"%s","reviewDue":"%s","spotCheckRate":0}
                """.formatted(soon, soon, soon, soon))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        runAsyncJobs(engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("self-review-2070-dashboard")
                .singleResult()
                .getId());
        assertThat(postJson(as("head-x05"), "/api/risk-points", """
                {"unitId":"x05","post":"秘书长","category":"BUSINESS_PROCESS","description":"会费使用缺少复核（报表测试）",
                 "likelihood":4,"impact":4,"funds":true,"year":2070}
                """).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(postJson(as("bs-x05"), "/api/secretary-projects", """
                {"title":"会员单位党建联建（报表测试）","problem":"行业协会党建薄弱","businessWork":"建筑市场秩序整治",
                 "goals":"会员单位党组织全覆盖","measures":"秘书处党支部结对","expectedResults":"形成协会党建指引",
                 "milestones":[{"title":"结对完成","dueDate":"2070-06-30"}],"year":2070}
                """).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(postJson(as("office1"), "/api/education/sessions", """
                {"kind":"LECTURE","topic":"廉政教育课（报表测试）","startsAt":"2070-04-01T09:00","endsAt":"2070-04-01T11:00",
                 "expectedUnits":["x05"]}
                """).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        JsonNode card = json.readTree(as("secretary").getForObject("/api/dashboard?year=2070&by=unit", String.class));
        JsonNode total = card.path("total");
        assertThat(total.path("taskList").path("tasks").asInt()).isEqualTo(2);
        assertThat(total.path("taskList").path("signed").asInt()).isZero();
        assertThat(total.path("letters").path("expected").asInt()).isPositive();
        assertThat(total.path("letters").path("signed").asInt()).isZero();
        assertThat(total.path("selfReview").path("members").asInt()).isPositive();
        assertThat(total.path("riskPoints").path("identified").asInt()).isEqualTo(1);
        assertThat(total.path("riskPoints").path("high").asInt()).isEqualTo(1);
        var organisation = org.organisation();
        var newOrganisations = organisation.units().stream()
                .filter(u -> u.unitType() == UnitType.NEW_ORGANISATION)
                .toList();
        assertThat(card.path("organisation").path("newOrganisations").asInt())
                .isEqualTo(newOrganisations.size())
                .isGreaterThan(4);
        assertThat(card.path("organisation")
                        .path("newOrganisationsWithInspector")
                        .asInt())
                .as("two demo 两新组织 have none")
                .isEqualTo(newOrganisations.size() - 2);
        assertThat(card.path("organisation").path("associations").asInt()).isEqualTo((int) organisation.units().stream()
                .filter(u -> u.unitType() == UnitType.ASSOCIATION)
                .count());

        JsonNode campaigns = card.path("campaigns");
        assertThat(campaigns).hasSize(1);
        assertThat(campaigns.get(0).path("name").asText()).isEqualTo("2070年度查改剖");
        assertThat(campaigns.get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(campaigns.get(0).path("figures").path("members").asInt())
                .isEqualTo(total.path("selfReview").path("members").asInt());
        JsonNode cascade = card.path("cascade");
        assertThat(cascade.path("status").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(cascade.path("aspects").asInt())
                .as("the template's aspects of responsibility")
                .isEqualTo(11);
        assertThat(StreamSupport.stream(cascade.path("levels").spliterator(), false)
                        .mapToInt(l -> l.path("expected").asInt())
                        .sum())
                .as("every signer sits on one level")
                .isEqualTo(total.path("letters").path("expected").asInt());

        assertThat(total.path("secretaryProjects").path("proposed").asInt()).isEqualTo(1);
        assertThat(total.path("secretaryProjects").path("approved").asInt()).isZero();
        assertThat(unit(card, "x05")
                        .path("figures")
                        .path("secretaryProjects")
                        .path("proposed")
                        .asInt())
                .isEqualTo(1);
        assertThat(total.path("education").path("sessions").asInt()).isEqualTo(1);
        assertThat(total.path("education").path("lectures").asInt()).isEqualTo(1);
        assertThat(total.path("education").path("expected").asInt())
                .as("a session that is not over counts no attendance yet")
                .isZero();
        JsonNode sites = json.readTree(as("office1").getForObject("/api/site-building/figures", String.class));
        for (String figure :
                List.of("serviceGroups", "projectOrganisations", "jointBuilding", "temporaryBranches", "modelPosts")) {
            assertThat(total.path("siteBuilding").path(figure).asInt())
                    .as(figure)
                    .isEqualTo(sites.path("total").path(figure).asInt());
        }

        JsonNode a05 = unit(card, "a05");
        assertThat(a05.path("figures").path("taskList").path("tasks").asInt()).isEqualTo(2);
        assertThat(unit(card, "x04")
                        .path("figures")
                        .path("selfReview")
                        .path("members")
                        .asInt())
                .isEqualTo(total.path("selfReview").path("members").asInt());
        assertThat(unit(card, "x05")
                        .path("figures")
                        .path("riskPoints")
                        .path("high")
                        .asInt())
                .isEqualTo(1);

        JsonNode empty = json.readTree(as("office1").getForObject("/api/dashboard?year=2071", String.class));
        assertThat(empty.path("total").path("taskList").path("tasks").asInt()).isZero();
        assertThat(empty.path("units")).isEmpty();
        assertThat(empty.path("campaigns")).isEmpty();
        assertThat(empty.has("cascade")).as("no letter that year").isFalse();
        assertThat(as("m0001")
                        .getForEntity("/api/dashboard?year=2070", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static JsonNode unit(JsonNode card, String unitId) {
        return StreamSupport.stream(card.path("units").spliterator(), false)
                .filter(u -> u.path("unitId").asText().equals(unitId))
                .findFirst()
                .orElseThrow();
    }
}
