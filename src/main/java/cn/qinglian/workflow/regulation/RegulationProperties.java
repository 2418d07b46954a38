package cn.qinglian.workflow.regulation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code qinglian.regulation.*}: which files may be attached as a regulation's original and how large. The
 * compilation PDF's fonts are the letter's ({@code qinglian.letter.pdf.fallback-fonts}).
 */
@ConfigurationProperties("qinglian.regulation")
record RegulationProperties(DataSize fileMaxSize, List<String> fileTypes) {

    RegulationProperties {
        fileMaxSize = fileMaxSize == null ? DataSize.ofMegabytes(10) : fileMaxSize;
        fileTypes = fileTypes == null || fileTypes.isEmpty() ? List.of("pdf", "doc", "docx") : List.copyOf(fileTypes);
    }
}
