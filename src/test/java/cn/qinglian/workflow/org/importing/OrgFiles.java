package cn.qinglian.workflow.org.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds organisation files as a Party office would save them, with ids unique to one test. */
final class OrgFiles {

    static final String UNIT_HEADER = "单位编号,单位名称,单位类型,上级单位编号,排序";
    static final String PEOPLE_HEADER = "人员编号,姓名,所在单位编号,职务,角色,分管单位,邮箱";

    final String prefix = "t" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> units = new ArrayList<>();
    private final List<String> people = new ArrayList<>();

    String id(String local) {
        return prefix + local;
    }

    OrgFiles unit(String id, String name, String type, String parent) {
        units.add(String.join(",", id, name, type, parent == null ? "" : parent, "0"));
        return this;
    }

    OrgFiles person(String id, String name, String unit, String post, String roles) {
        people.add(String.join(",", id, name, unit, post, roles, "", ""));
        return this;
    }

    /** A raw line, for rows that are wrong on purpose. */
    OrgFiles unitLine(String line) {
        units.add(line);
        return this;
    }

    OrgFiles personLine(String line) {
        people.add(line);
        return this;
    }

    byte[] unitsCsv(Charset charset, boolean bom) {
        return csv(UNIT_HEADER, units, charset, bom);
    }

    byte[] peopleCsv(Charset charset, boolean bom) {
        return csv(PEOPLE_HEADER, people, charset, bom);
    }

    static byte[] csv(String header, List<String> lines, Charset charset, boolean bom) {
        String text = header + "\r\n" + String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** One workbook with a 单位 and a 人员 sheet. */
    byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("单位"), UNIT_HEADER, units);
            fill(workbook.createSheet("人员"), PEOPLE_HEADER, people);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, String header, List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(lines);
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r);
            String[] cells = all.get(r).split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
