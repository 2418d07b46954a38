package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.ChinaTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * A signed letter as an A4 PDF in Chinese: the letter, its aspects, the signer's duties and personal
 * duties, both parties and the dates. The font (a subset of it) is embedded, so any viewer shows it.
 */
@Component
class LetterPdf {

    static final String FONT = "/qinglian/fonts/WenQuanZhengHei.ttf";
    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ChinaTime.ZONE);

    private final byte[] font;

    LetterPdf() {
        try (InputStream in = LetterPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The CJK font " + FONT + " is missing: build with ./mvnw, which unpacks it");
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(LetterVersion text, Signature signature, String levelDuties) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            Writer writer = new Writer(doc, cjk);
            writer.line(text.title(), 20, 28);
            writer.gap(8);
            writer.paragraph("甲方：" + signature.counterpartName(), 12);
            writer.paragraph("乙方：" + signature.personName() + "（" + signature.unitName() + "）", 12);
            writer.gap(8);
            writer.paragraph("为深入推进全面从严治党，落实党风廉政建设责任制，甲乙双方签订本责任书，乙方承担以下责任：", 12);
            List<String> aspects = text.aspectList();
            for (int i = 0; i < aspects.size(); i++) {
                writer.paragraph((i + 1) + ". " + aspects.get(i), 12);
            }
            writer.gap(6);
            writer.paragraph("岗位责任：" + levelDuties, 12);
            if (signature.personalDuties() != null) {
                writer.paragraph("个性化责任条款：" + signature.personalDuties(), 12);
            }
            if (signature.opinion() != null) {
                writer.paragraph("乙方意见：" + signature.opinion(), 12);
            }
            writer.gap(12);
            writer.paragraph("甲方（签字）：" + signature.counterpartName() + "        乙方（签字）：" + signature.personName(), 12);
            writer.paragraph("签订日期：" + DATE.format(signature.signedAt()) + "        责任书版本：第 "
                    + signature.versionSigned() + " 版", 12);
            writer.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top to bottom, wrapping by width and starting new pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void paragraph(String text, float size) throws IOException {
            for (String line : wrap(printable(text), size)) {
                line(line, size, size * 1.7f);
            }
        }

        void line(String text, float size, float leading) throws IOException {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(text));
            stream.endText();
        }

        void gap(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (font.getStringWidth(line + ch) / 1000 * size > WIDTH && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** Characters the font lacks (rare 生僻字 beyond GBK) are shown as □ rather than failing the download. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = cp == '\n' || cp == '\r' || cp == '\t' ? " " : new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('□');
                }
            });
            return out.toString();
        }
    }
}
