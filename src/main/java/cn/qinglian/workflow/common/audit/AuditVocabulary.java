package cn.qinglian.workflow.common.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every outcome the features declare, by code: the one place the trail's codes become words. A code
 * declared twice, or without a Chinese word, stops start-up.
 */
@Component
public class AuditVocabulary {

    /** A feature's outcomes, declared as a bean. */
    public interface Words {
        List<? extends AuditOutcome> outcomes();
    }

    private final Map<String, AuditOutcome> byCode = new HashMap<>();

    AuditVocabulary(List<Words> features) {
        add(List.of(StepOutcome.values()));
        features.forEach(words -> add(words.outcomes()));
    }

    private void add(List<? extends AuditOutcome> outcomes) {
        for (AuditOutcome outcome : outcomes) {
            if (outcome.label() == null
                    || !outcome.label()
                            .codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                throw new IllegalStateException("Audit outcome " + outcome.code() + " has no Chinese word");
            }
            AuditOutcome before = byCode.putIfAbsent(outcome.code(), outcome);
            if (before != null && before != outcome) {
                throw new IllegalStateException(
                        "Audit outcome " + outcome.code() + " is declared twice: " + before + " and " + outcome);
            }
        }
    }

    /** The outcome a stored code ("returned:CHECK") is of. */
    public Optional<AuditOutcome> of(String stored) {
        return stored == null ? Optional.empty() : Optional.ofNullable(byCode.get(kind(stored)));
    }

    /** The word for a stored code; the code itself only for a row older than its word. */
    public String label(String stored) {
        return of(stored).map(AuditOutcome::label).orElse(stored);
    }

    public List<AuditOutcome> all() {
        return List.copyOf(byCode.values());
    }

    static String kind(String stored) {
        int colon = stored.indexOf(':');
        return colon < 0 ? stored : stored.substring(0, colon);
    }
}
