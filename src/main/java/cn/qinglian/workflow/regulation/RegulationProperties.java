package cn.qinglian.workflow.regulation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code qinglian.regulation.*}: which files may be attached as a regulation's original and how large,
 * and the fonts the compilation PDF falls back to for characters the bundled one lacks (生僻字, emoji).
 */
@ConfigurationProperties("qinglian.regulation")
record RegulationProperties(DataSize fileMaxSize, List<String> fileTypes, List<String> pdfFallbackFonts) {

    /** Debian's fonts-hanazono (CJK Extension B) and fonts-symbola (emoji), as for the letter PDF. */
    static final String[] DEFAULT_FALLBACK_FONTS = {
        "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf", "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
    };

    RegulationProperties {
        fileMaxSize = fileMaxSize == null ? DataSize.ofMegabytes(10) : fileMaxSize;
        fileTypes = fileTypes == null || fileTypes.isEmpty() ? List.of("pdf", "doc", "docx") : List.copyOf(fileTypes);
        pdfFallbackFonts = pdfFallbackFonts == null || pdfFallbackFonts.isEmpty()
                ? List.of(DEFAULT_FALLBACK_FONTS)
                : List.copyOf(pdfFallbackFonts);
    }
}
