package cn.qinglian.workflow.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinglian.workflow.IntegrationTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One vocabulary: every outcome a feature can record is an enum constant with a Chinese word, every such
 * enum is registered, and the 审批记录 reads its words from there (no raw code reaches a user).
 */
class AuditVocabularyTest extends IntegrationTest {

    @Autowired
    AuditVocabulary vocabulary;

    @Test
    void everyOutcomeEnumOfEveryFeatureIsRegisteredWithAChineseWord() {
        Set<String> enums = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cn.qinglian.workflow")
                        .stream()
                        .filter(c -> c.isEnum() && !c.isAnonymousClass() && c.isAssignableTo(AuditOutcome.class))
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());
        assertThat(enums).hasSizeGreaterThanOrEqualTo(5);
        Set<String> registered = vocabulary.all().stream()
                .map(o -> o.getClass().isEnum()
                        ? o.getClass().getName()
                        : o.getClass().getEnclosingClass().getName())
                .collect(Collectors.toSet());
        assertThat(registered).containsExactlyInAnyOrderElementsOf(enums);
        assertThat(vocabulary.all()).allSatisfy(o -> assertThat(o.label()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void storedCodesWithADetailReadAsTheirWord() {
        assertThat(vocabulary.label("returned:userTask_check")).isEqualTo("退回");
        assertThat(vocabulary.label("escalated:leader1")).isEqualTo("逾期督办");
        assertThat(vocabulary.label("graded-LOW")).isEqualTo("定级");
        assertThat(vocabulary.of("returned").orElseThrow().sendsBack()).isTrue();
        assertThat(vocabulary.of("approved").orElseThrow().sendsBack()).isFalse();
        assertThat(vocabulary.of("something-new")).isEmpty();
    }

    @Test
    void aCodeDeclaredTwiceOrWithoutAChineseWordStopsStartUp() {
        AuditVocabulary.Words twice = () -> List.of(new Plain("returned", "又一个退回"));
        assertThatThrownBy(() -> new AuditVocabulary(List.of(twice))).hasMessageContaining("declared twice");
        AuditVocabulary.Words english = () -> List.of(new Plain("shipped", "shipped"));
        assertThatThrownBy(() -> new AuditVocabulary(List.of(english))).hasMessageContaining("no Chinese word");
    }

    private record Plain(String code, String label) implements AuditOutcome {}
}
