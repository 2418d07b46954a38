package cn.qinglian.workflow.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An exported 台账 read back with POI, for tests: each sheet's cells as Excel shows them (dates as
 * yyyy-mm-dd hh:mm, whole numbers without decimals). Opening it checks the download's headers.
 */
public final class ExportedWorkbook implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter();

    private ExportedWorkbook(byte[] bytes) {
        try {
            this.workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response as an .xlsx download named {@code fileName} (UTF-8) with the ASCII fallback {@code asciiName}. */
    public static ExportedWorkbook of(ResponseEntity<byte[]> response, String fileName, String asciiName) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString(XlsxWorkbook.CONTENT_TYPE);
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(fileName);
        return new ExportedWorkbook(response.getBody());
    }

    public static ExportedWorkbook of(byte[] bytes) {
        return new ExportedWorkbook(bytes);
    }

    public List<String> sheetNames() {
        return IntStream.range(0, workbook.getNumberOfSheets())
                .mapToObj(workbook::getSheetName)
                .toList();
    }

    /** The sheet, after checking its header row is bold and frozen. */
    public Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        assertThat(sheet).as("sheet " + name).isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane())
                .as("frozen header of " + name)
                .isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                        .getBold())
                .isTrue();
        return sheet;
    }

    public List<String> header(String sheet) {
        Sheet s = sheet(sheet);
        return cells(s, s.getRow(0));
    }

    /** The data rows (the header left out). */
    public List<List<String>> rows(String sheet) {
        Sheet s = sheet(sheet);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            rows.add(cells(s, s.getRow(r)));
        }
        return rows;
    }

    /** The first data row whose cell in {@code column} is {@code value}. */
    public List<String> rowWhere(String sheet, int column, String value) {
        return rows(sheet).stream()
                .filter(r -> r.size() > column && value.equals(r.get(column)))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no row of " + sheet + " with " + value + " in column " + column));
    }

    /** The cell under {@code header} of the first data row whose cell in {@code column} is {@code value}. */
    public Cell cellWhere(String sheet, int column, String value, String header) {
        Sheet s = sheet(sheet);
        int c = header(sheet).indexOf(header);
        assertThat(c).as("column " + header).isNotNegative();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Cell key = s.getRow(r).getCell(column);
            if (key != null && value.equals(formatter.formatCellValue(key))) {
                return s.getRow(r).getCell(c);
            }
        }
        throw new AssertionError("no row of " + sheet + " with " + value + " in column " + column);
    }

    /** A row's cells as shown, as many as the header has (blank ones as ""). */
    private List<String> cells(Sheet sheet, Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
