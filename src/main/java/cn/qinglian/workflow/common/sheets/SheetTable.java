package cn.qinglian.workflow.common.sheets;

import java.util.List;

/**
 * One table read from a file: its header and the data rows below it. {@code rowNumber} counts
 * as Excel does, the header being row 1, so problems point at the row a user sees.
 */
public record SheetTable(String file, String sheet, List<String> header, List<Row> rows) {

    public record Row(int rowNumber, List<String> cells) {

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).trim();
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    public int column(String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim();
            for (String name : names) {
                if (h.equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
