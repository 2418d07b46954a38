package cn.qinglian.workflow.common.sheets;

import cn.qinglian.workflow.common.error.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;

/** Turns an uploaded {@code .xlsx} or {@code .csv} into tables, or says why it cannot (organisation, task lists). */
@Component
public class SpreadsheetReader {

    /** Either the tables of the file or the one problem that stopped it being read. */
    public record Result(List<SheetTable> tables, Optional<FieldProblem> problem) {}

    public Result read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readXlsx(fileName, bytes);
        }
        if (name.endsWith(".csv")) {
            return readCsv(fileName, bytes);
        }
        return failed(fileName, "只接受 .xlsx 或 .csv 文件");
    }

    private Result readCsv(String fileName, byte[] bytes) {
        Optional<String> text = TextDecoder.decode(bytes);
        if (text.isEmpty()) {
            return failed(fileName, "文件编码无法识别：请另存为 UTF-8 或 GBK 编码的 CSV");
        }
        List<List<String>> lines = CsvParser.parse(text.get());
        if (lines.isEmpty()) {
            return failed(fileName, "文件是空的");
        }
        return new Result(List.of(table(fileName, null, lines)), Optional.empty());
    }

    private Result readXlsx(String fileName, byte[] bytes) {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        List<SheetTable> tables = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                List<List<String>> lines = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    var row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                        }
                    }
                    lines.add(cells);
                }
                if (!lines.isEmpty() && !lines.get(0).stream().allMatch(String::isBlank)) {
                    tables.add(table(fileName, sheet.getSheetName(), lines));
                }
            }
        } catch (IOException | RuntimeException e) {
            return failed(fileName, "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式");
        }
        if (tables.isEmpty()) {
            return failed(fileName, "文件中没有数据表");
        }
        return new Result(tables, Optional.empty());
    }

    private static SheetTable table(String fileName, String sheet, List<List<String>> lines) {
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(new SheetTable.Row(i + 1, lines.get(i)));
        }
        List<String> header =
                lines.get(0).stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        return new SheetTable(fileName, sheet, header, rows);
    }

    private static Result failed(String fileName, String message) {
        return new Result(List.of(), Optional.of(new FieldProblem("file", message, fileName, null, null)));
    }
}
