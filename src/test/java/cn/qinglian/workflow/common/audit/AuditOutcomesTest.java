package cn.qinglian.workflow.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinglian.workflow.risk.RiskNotice;
import cn.qinglian.workflow.risk.RiskProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: no raw English outcome code reaches the 审批记录. Every outcome the code can record has a
 * Chinese word: the literals in every statement that records one (found in the sources, so a new
 * outcome without a word fails here even before a test walks its path), and the ones built from
 * constants and enums.
 */
class AuditOutcomesTest {

    private static final Pattern RECORDING = Pattern.compile("\\.audit\\(|\\bdecide\\(|\\brecord\\((task|withdrawal)");
    private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:-[a-z]+)*):?\"");
    /** Literals in recording statements that are no outcome: the step id of a copy (抄送). */
    private static final Set<String> NOT_OUTCOMES = Set.of("copy");

    @Test
    void everyOutcomeTheSourcesRecordHasAChineseWord() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                recorded.addAll(outcomesIn(Files.readString(file)));
            }
        }
        recorded.removeAll(NOT_OUTCOMES);
        for (String constant : List.of(
                RiskProcess.REVIEW_CONFIRM,
                RiskProcess.REVIEW_CHANGE,
                RiskProcess.REVIEW_RETIRE,
                "escalated",
                "reminded",
                "graded-HIGH")) {
            recorded.add(constant);
        }
        for (RiskNotice.Kind kind : RiskNotice.Kind.values()) {
            recorded.add(kind.name().toLowerCase());
        }
        assertThat(recorded)
                .as("the scan finds the recording statements")
                .contains(
                        "returned",
                        "urged",
                        "measures-set",
                        "late-signing",
                        "effective",
                        "not-effective",
                        "sign-off-escalation");
        assertThat(recorded)
                .allSatisfy(outcome ->
                        assertThat(AuditOutcomes.label(outcome)).as(outcome).isPresent());
    }

    @Test
    void anOutcomeWithADetailIsLabelledByItsKind() {
        assertThat(AuditOutcomes.label("escalated:leader1")).contains("逾期督办");
        assertThat(AuditOutcomes.label("returned:userTask_check")).contains("退回");
        assertThat(AuditOutcomes.label("graded-LOW")).contains("定级");
        assertThat(AuditOutcomes.label("something-new")).isEmpty();
    }

    @Test
    void theServiceRefusesAnOutcomeWithoutAWord() {
        AuditService audit = new AuditService(null, java.time.Clock.systemUTC());
        AuditEntry entry = new AuditEntry("m0001", "p", "pi", "s", "步骤", null, "bk", "something-new", null);

        assertThatThrownBy(() -> audit.record(entry))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("something-new");
    }

    private static List<String> outcomesIn(String source) {
        List<String> found = new ArrayList<>();
        Matcher call = RECORDING.matcher(source);
        while (call.find()) {
            int end = source.indexOf(';', call.start());
            Matcher code = CODE.matcher(source.substring(call.start(), end < 0 ? source.length() : end));
            while (code.find()) {
                found.add(code.group(1));
            }
        }
        return found;
    }
}
