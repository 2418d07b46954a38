package cn.qinglian.workflow.common.export;

import cn.qinglian.workflow.common.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of a {@link XlsxWorkbook}. Rows take plain values: text, numbers, {@link Instant} (shown
 * in China time as yyyy-mm-dd hh:mm), {@link LocalDate} (yyyy-mm-dd), null (blank).
 * Nothing is ever written as a formula; text that a spreadsheet would take for one (= + - @ …) is
 * marked as text. Column widths follow the content, counting a Chinese character as two.
 */
public final class XlsxSheet {

    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final String DATE = "yyyy-mm-dd";

    private static final int MAX_WIDTH = 50;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final XlsxWorkbook workbook;
    private final Sheet sheet;
    private final int[] widths;

    XlsxSheet(XlsxWorkbook workbook, Sheet sheet, String... headers) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.widths = new int[headers.length];
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(workbook.header());
            widths[c] = width(headers[c]) + 2;
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds a row of values, one per header. */
    public XlsxSheet row(Object... values) {
        if (values.length > widths.length) {
            throw new IllegalArgumentException(
                    "More values (" + values.length + ") than columns (" + widths.length + ")");
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                write(row.createCell(c), c, values[c]);
            }
        }
        return this;
    }

    private void write(Cell cell, int column, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            fit(column, String.valueOf(n).length());
        } else if (value instanceof Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, ChinaTime.ZONE));
            cell.setCellStyle(workbook.format(DATE_TIME));
            fit(column, DATE_TIME.length());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(workbook.format(DATE));
            fit(column, DATE.length());
        } else {
            text(cell, column, value.toString());
        }
    }

    private void text(Cell cell, int column, String text) {
        if (text.isEmpty()) {
            return;
        }
        cell.setCellValue(text);
        int width = 0;
        for (String line : text.split("\n")) {
            width = Math.max(width, width(line));
        }
        boolean quoted = FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        boolean wrap = text.contains("\n") || width > MAX_WIDTH;
        if (quoted || wrap) {
            cell.setCellStyle(workbook.text(quoted, wrap));
        }
        fit(column, width);
    }

    private void fit(int column, int width) {
        widths[column] = Math.max(widths[column], Math.min(width + 2, MAX_WIDTH));
    }

    /** Column widths and the header's filter, once all rows are in. */
    void finish() {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, sheet.getLastRowNum(), 0, widths.length - 1));
    }

    /** Display width: CJK and other wide characters take two columns. */
    static int width(String text) {
        return text.codePoints().map(cp -> cp >= 0x1100 ? 2 : 1).sum();
    }
}
