package cn.qinglian.workflow.common.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fonts the app's PDFs print Chinese with (the signed letter, the regulations' compilation): the bundled
 * WenQuanYi Zen Hei, embedded as a subset, and for a character it lacks (生僻字 of CJK Extension B, emoji)
 * the first fallback font that has it ({@code qinglian.letter.pdf.fallback-fonts}, files on the machine:
 * HanaMinB, Symbola), also embedded as a subset and only in a document that needs it; with none that has it,
 * the character prints as □. See docs/adr/0002-letter-pdf-font.md.
 */
@Component
public class PdfFonts {

    public static final String FONT = "/qinglian/fonts/WenQuanZhengHei.ttf";
    /** Debian's fonts-hanazono (CJK Extension B) and fonts-symbola (emoji, monochrome). */
    public static final String DEFAULT_FALLBACK_FONTS = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf,"
            + "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    private final byte[] font;
    private final List<Fallback> fallbacks = new ArrayList<>();

    /** A fallback font file and which code points it has (its Unicode cmap, read once). */
    private record Fallback(Path file, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** A piece of a line drawn in one font. */
    public record Segment(PDType0Font font, String text) {}

    /** The bundled font and these fallback files, in order; a missing or unreadable one is logged once and skipped. */
    public PdfFonts(
            @Value("${qinglian.letter.pdf.fallback-fonts:" + DEFAULT_FALLBACK_FONTS + "}") List<String> fallbackFonts) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The CJK font " + FONT + " is missing: build with ./mvnw, which unpacks it");
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : fallbackFonts) {
            if (name.isBlank()) {
                continue;
            }
            Path file = Path.of(name.strip());
            if (!Files.isRegularFile(file)) {
                log.warn(
                        "PDF fallback font {} is missing: characters only it has print as □ "
                                + "(install fonts-hanazono fonts-symbola, or set qinglian.letter.pdf.fallback-fonts)",
                        file);
                continue;
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                if (cmap == null) {
                    log.warn("PDF fallback font {} has no Unicode cmap; ignored", file);
                } else {
                    fallbacks.add(new Fallback(file, cmap));
                }
            } catch (IOException | RuntimeException e) {
                log.warn("PDF fallback font {} cannot be read ({}); ignored", file, e.toString());
            }
        }
    }

    /** With the default fallback fonts. */
    public static PdfFonts withDefaults() {
        return new PdfFonts(List.of(DEFAULT_FALLBACK_FONTS.split(",")));
    }

    /** The fonts for one document: the main font loaded into it, the fallbacks when first needed. */
    public Loaded load(PDDocument doc) throws IOException {
        return new Loaded(doc, PDType0Font.load(doc, new ByteArrayInputStream(font), true), fallbacks);
    }

    /** The fonts of one document. */
    public static final class Loaded {
        private final PDDocument doc;
        private final PDType0Font main;
        private final List<Fallback> fallbacks;
        /** The fallbacks loaded into this document, by index; loaded when a character first needs one. */
        private final PDType0Font[] loaded;

        private Loaded(PDDocument doc, PDType0Font main, List<Fallback> fallbacks) {
            this.doc = doc;
            this.main = main;
            this.fallbacks = fallbacks;
            this.loaded = new PDType0Font[fallbacks.size()];
        }

        public PDType0Font main() {
            return main;
        }

        /**
         * The text split into runs by the font that has each code point: the main font, else the first
         * fallback that has it; characters no font has (rare 生僻字 beyond all of them) print as □ in the
         * main font rather than failing the document. Line breaks and tabs become spaces.
         */
        public List<Segment> segments(String text) throws IOException {
            List<Segment> segments = new ArrayList<>();
            PDType0Font current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = cp == '\n' || cp == '\r' || cp == '\t' ? " " : new String(Character.toChars(cp));
                PDType0Font chosen = fontFor(ch.codePointAt(0), ch);
                if (chosen == null) {
                    chosen = main;
                    ch = "□";
                }
                if (chosen != current && run.length() > 0) {
                    segments.add(new Segment(current, run.toString()));
                    run.setLength(0);
                }
                current = chosen;
                run.append(ch);
            }
            if (run.length() > 0) {
                segments.add(new Segment(current, run.toString()));
            }
            return segments;
        }

        /** The width of the segments at this size, in points. */
        public static float width(List<Segment> segments, float size) throws IOException {
            float width = 0;
            for (Segment segment : segments) {
                width += segment.font().getStringWidth(segment.text()) / 1000 * size;
            }
            return width;
        }

        /** Punctuation that never starts a line: it hangs at the end of the line before. */
        private static final String NO_LINE_START = "。，、；：？！）》」』”’〕】…";

        /**
         * Lines no wider than {@code maxWidth} (but for hanging punctuation), breaking between code points;
         * a segment may be split.
         */
        public static List<List<Segment>> wrap(List<Segment> segments, float size, float maxWidth) throws IOException {
            List<List<Segment>> lines = new ArrayList<>();
            List<Segment> line = new ArrayList<>();
            float width = 0;
            for (Segment segment : segments) {
                StringBuilder piece = new StringBuilder();
                for (int i = 0; i < segment.text().length(); ) {
                    int cp = segment.text().codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float w = segment.font().getStringWidth(ch) / 1000 * size;
                    if (width + w > maxWidth && width > 0 && NO_LINE_START.indexOf(cp) < 0) {
                        if (piece.length() > 0) {
                            line.add(new Segment(segment.font(), piece.toString()));
                            piece.setLength(0);
                        }
                        lines.add(line);
                        line = new ArrayList<>();
                        width = 0;
                    }
                    piece.append(ch);
                    width += w;
                    i += Character.charCount(cp);
                }
                if (piece.length() > 0) {
                    line.add(new Segment(segment.font(), piece.toString()));
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        private PDType0Font fontFor(int cp, String ch) throws IOException {
            if (encodes(main, ch)) {
                return main;
            }
            for (int f = 0; f < fallbacks.size(); f++) {
                Fallback fallback = fallbacks.get(f);
                if (fallback.has(cp)) {
                    if (loaded[f] == null) {
                        // PDFBox 3: a font loaded from a File is always embedded as a subset.
                        loaded[f] = PDType0Font.load(doc, fallback.file().toFile());
                    }
                    if (encodes(loaded[f], ch)) {
                        return loaded[f];
                    }
                }
            }
            return null;
        }

        private static boolean encodes(PDType0Font font, String ch) {
            try {
                font.encode(ch);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
