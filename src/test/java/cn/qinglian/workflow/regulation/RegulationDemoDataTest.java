package cn.qinglian.workflow.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo's 制度汇编 (loaded in the demo profile; built here by hand, as the tests run without it): 40
 * regulations of every level and category, the published 2026 compilation of those in force in five
 * chapters, study asked of everyone, and a restart that changes nothing.
 */
class RegulationDemoDataTest extends IntegrationTest {

    @Autowired
    RegulationService regulations;

    @Autowired
    CompilationService compilations;

    @Autowired
    RegulationReviewService reviews;

    @Autowired
    RegulationMapper mapper;

    @Autowired
    RegulationFigures figures;

    @Autowired
    OrgService org;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoHasFortyRegulationsAndAPublished2026CompilationAndARestartAddsNothing() {
        RegulationDemoData demo =
                new RegulationDemoData(regulations, compilations, reviews, mapper, org, clock, transactions);

        assertThat(demo.load()).isTrue();

        Set<String> numbers =
                Arrays.stream(RegulationDemoData.REGULATIONS).map(r -> r[1]).collect(Collectors.toSet());
        List<Regulation> loaded = mapper.findRegulations(null).stream()
                .filter(r -> numbers.contains(r.docNumber()))
                .toList();
        assertThat(loaded).hasSize(40);
        assertThat(loaded.stream().map(Regulation::level).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RegulationLevel.values());
        assertThat(loaded.stream().map(Regulation::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RegulationCategory.values());
        assertThat(loaded)
                .filteredOn(r -> r.status() == RegulationStatus.REVISED)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.replacedBy()).isNotNull());
        assertThat(loaded).allMatch(Regulation::hasText);

        Compilation compilation = mapper.findCompilations(RegulationDemoData.YEAR, CompilationStatus.PUBLISHED).stream()
                .filter(c -> c.title().equals(RegulationDemoData.COMPILATION))
                .findFirst()
                .orElseThrow();
        Compilation.Detail detail = compilations.detail(compilation.id(), new CurrentUser("office1", List.of()));
        assertThat(detail.chapters()).hasSize(5);
        assertThat(detail.chapters().stream().mapToInt(c -> c.items().size()).sum())
                .isEqualTo(38);
        RegulationFigures.Figures year = figures.figures(RegulationDemoData.YEAR);
        assertThat(year.compiled()).isEqualTo(38);
        assertThat(year.studied().asked())
                .isGreaterThanOrEqualTo(org.organisation().people().size() - 10);
        assertThat(year.studied().confirmed())
                .isEqualTo(org.organisation().membersOf("d01").size()
                        + org.organisation().membersOf("d02").size());
        assertThat(reviews.list(RegulationDemoData.YEAR, true, new CurrentUser("office1", List.of())))
                .anySatisfy(r -> assertThat(r.docNumber()).isEqualTo(RegulationDemoData.REGULATIONS[16][1]));

        assertThat(demo.load()).as("a restart").isFalse();
        assertThat(mapper.findRegulations(null).stream().filter(r -> numbers.contains(r.docNumber())))
                .hasSize(40);
    }
}
