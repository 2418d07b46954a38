package cn.qinglian.workflow.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** The 台账 workbook on its own: formula-looking text, China-time dates, widths and the download's file name. */
class XlsxWorkbookTest {

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsMarkedTextAndNothingIsAFormula() throws Exception {
        byte[] bytes;
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet sheet = workbook.sheet("台账", "意见");
            for (String value : new String[] {
                "=1+1", "+8613800000000", "-2", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"点我\")", "坚决落实"
            }) {
                sheet.row(value);
            }
            bytes = workbook.toBytes();
        }
        try (ExportedWorkbook book = ExportedWorkbook.of(bytes)) {
            Sheet sheet = book.sheet("台账");
            assertThat(book.rows("台账"))
                    .extracting(r -> r.get(0))
                    .containsExactly(
                            "=1+1", "+8613800000000", "-2", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"点我\")", "坚决落实");
            for (int r = 1; r <= 5; r++) {
                Cell cell = sheet.getRow(r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("row " + r)
                        .isTrue();
            }
            assertThat(sheet.getRow(6).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
            for (Row row : sheet) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
    }

    @Test
    void instantsAreExcelDatesInChinaTimeAndDaysAreDates() throws Exception {
        byte[] bytes;
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            workbook.sheet("时间", "签订时间", "完成时限", "人数", "说明")
                    .row(Instant.parse("2027-01-05T16:30:00Z"), LocalDate.of(2027, 6, 30), 12, null);
            bytes = workbook.toBytes();
        }
        try (ExportedWorkbook book = ExportedWorkbook.of(bytes)) {
            Row row = book.sheet("时间").getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(book.rows("时间").get(0)).containsExactly("2027-01-06 00:30", "2027-06-30", "12", "");
        }
    }

    @Test
    void columnsAreWideEnoughForChineseText() throws Exception {
        byte[] bytes;
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            workbook.sheet("宽度", "单位", "编号", "描述").row("市建设工程质量安全监督站", "abcdefghijkl", "长".repeat(200));
            bytes = workbook.toBytes();
        }
        try (ExportedWorkbook book = ExportedWorkbook.of(bytes)) {
            Sheet sheet = book.sheet("宽度");
            assertThat(sheet.getColumnWidth(0)).isEqualTo((12 * 2 + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((12 + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).as("capped, and the text wraps").isEqualTo(50 * 256);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void theFileNameIsUtf8WithAnAsciiFallback() {
        assertThat(new XlsxDownload("2027年度责任书签订台账.xlsx", "letters-2027.xlsx", new byte[0]).contentDisposition())
                .isEqualTo("attachment; filename=\"letters-2027.xlsx\"; filename*=UTF-8''"
                        + "2027%E5%B9%B4%E5%BA%A6%E8%B4%A3%E4%BB%BB%E4%B9%A6%E7%AD%BE%E8%AE%A2%E5%8F%B0%E8%B4%A6.xlsx");
        String fromUserText = new XlsxDownload("查改剖/\"专项\"\r\n自查覆盖台账.xlsx", "self-review-2026-x.xlsx", new byte[0])
                .contentDisposition();
        assertThat(fromUserText).doesNotContain("/", "\r", "\n");
        assertThat(ContentDisposition.parse(fromUserText).getFilename()).isEqualTo("查改剖__专项___自查覆盖台账.xlsx");
    }
}
