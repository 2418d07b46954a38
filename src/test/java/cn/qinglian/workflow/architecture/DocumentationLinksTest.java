package cn.qinglian.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The front door stays short and every manual it (or any manual) links to exists. */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void theReadmeIsShortAndLinksToEachFeaturesManual() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        assertThat(readme).hasSizeLessThanOrEqualTo(250);
        assertThat(String.join("\n", readme))
                .contains("./mvnw spring-boot:run", "./mvnw verify")
                .contains("docs/annual-tasks.md", "docs/letter.md", "docs/self-review.md", "docs/risk.md")
                .contains("docs/security.md", "docs/operations.md", "bench/README.md", "CONTRIBUTING.md");
    }

    @Test
    void everyRelativeLinkInTheDocsPointsToAFileThatExists() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(
                Path.of("README.md"),
                Path.of("CONTRIBUTING.md"),
                Path.of("bench/README.md"),
                Path.of("tools/bpmnlint/README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path document : documents) {
            Matcher link = LINK.matcher(Files.readString(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                links++;
                if (!Files.exists(
                        document.getParent() == null
                                ? Path.of(target)
                                : document.getParent().resolve(target))) {
                    broken.add(document + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).isGreaterThan(20);
    }
}
