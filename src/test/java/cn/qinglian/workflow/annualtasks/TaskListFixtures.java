package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.security.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Task lists for tests: small JSON ones and the 47-task sample as an .xlsx, each test with its own year. */
final class TaskListFixtures {

    static final CurrentUser OFFICE = new CurrentUser("office1", List.of("role-party-office"));
    static final Path SAMPLE = Path.of("docs/samples/2027年度任务清单-样例.csv");

    private TaskListFixtures() {}

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    static TaskInput task(int no, String leadUnit, String leader, String... cooperating) {
        return new TaskInput(
                no,
                "第" + no + "项：规范工程建设项目招投标监管，开展专项整治",
                "廉政风险问题清单",
                "主体责任",
                leadUnit,
                List.of(cooperating),
                leader,
                today().plusMonths(6),
                null,
                null);
    }

    static TaskListRequest request(int year, TaskInput... tasks) {
        return new TaskListRequest(year, year + "年度清廉机关建设任务清单", today().plusDays(10), "P1M", List.of(tasks));
    }

    /** The sample list's rows (header first), read from the committed CSV. */
    static List<List<String>> sampleRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            rows.add(cells);
        }
        return rows;
    }

    /** The sample as the office's .xlsx, each row changed by {@code edit} (header included, index 0). */
    static byte[] sampleXlsx(UnaryOperator<List<List<String>>> edit) throws IOException {
        List<List<String>> rows = edit.apply(sampleRows());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("任务清单");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
