package cn.qinglian.workflow.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A 台账 workbook as the office opens it in Excel or WPS: sheets of a bold, frozen, filterable header
 * row over plain values (see {@link XlsxSheet}). Build it, then take its bytes once.
 */
public final class XlsxWorkbook implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final Map<String, CellStyle> styles = new HashMap<>();

    /** A new sheet with its header row; the name is made safe for Excel (31 characters, no []:*?/\). */
    public XlsxSheet sheet(String name, String... headers) {
        XlsxSheet sheet = new XlsxSheet(this, workbook.createSheet(WorkbookUtil.createSafeSheetName(name)), headers);
        sheets.add(sheet);
        return sheet;
    }

    public byte[] toBytes() {
        sheets.forEach(XlsxSheet::finish);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CellStyle header() {
        return styles.computeIfAbsent("header", k -> {
            CellStyle style = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            style.setFont(bold);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        });
    }

    /**
     * Text; {@code quoted} marks it as text the way Excel's leading apostrophe does, so a value such as
     * "=1+1" stays text even when someone edits the cell.
     */
    CellStyle text(boolean quoted, boolean wrap) {
        return styles.computeIfAbsent("text" + quoted + wrap, k -> {
            CellStyle style = workbook.createCellStyle();
            style.setQuotePrefixed(quoted);
            style.setWrapText(wrap);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    CellStyle format(String pattern) {
        return styles.computeIfAbsent("format:" + pattern, k -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }
}
