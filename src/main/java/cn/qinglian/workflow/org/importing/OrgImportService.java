package cn.qinglian.workflow.org.importing;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.sheets.SheetTable;
import cn.qinglian.workflow.common.sheets.SpreadsheetReader;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units and people from the spreadsheets a Party office keeps. All or nothing: every
 * problem in every file is collected with its row number and, if there is any, nothing changes.
 */
@Service
public class OrgImportService {

    private static final Logger log = LoggerFactory.getLogger(OrgImportService.class);

    public record UploadedFile(String name, byte[] bytes) {}

    private final SpreadsheetReader reader;
    private final OrgService orgService;
    private final String initialPassword;

    OrgImportService(
            SpreadsheetReader reader,
            OrgService orgService,
            @Value("${qinglian.org.initial-password:}") String initialPassword) {
        this.reader = reader;
        this.orgService = orgService;
        this.initialPassword = initialPassword == null || initialPassword.isBlank() ? null : initialPassword;
    }

    @Transactional
    public OrgService.SaveResult importFiles(List<UploadedFile> files) {
        if (files.isEmpty()) {
            throw ApiException.invalidField("file", "请选择要导入的文件");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Located<Unit>> units = new LinkedHashMap<>();
        Map<String, Located<Person>> people = new LinkedHashMap<>();
        for (UploadedFile file : files) {
            SpreadsheetReader.Result result = reader.read(file.name(), file.bytes());
            result.problem().ifPresent(problems::add);
            for (SheetTable table : result.tables()) {
                OrgSheet.read(table, units, people, problems);
            }
        }
        if (problems.isEmpty() && units.isEmpty() && people.isEmpty()) {
            problems.add(FieldProblem.of("file", "文件中没有单位或人员数据（只有表头或为空）"));
        }
        checkReferences(orgService.organisation(), units, people, problems);
        for (String id : orgService.accountsNotOwned(people.keySet())) {
            problems.add(people.get(id).problem("人员编号", OrgService.notOwnedMessage(id)));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "import-invalid", "导入文件有 " + problems.size() + " 处问题，未做任何更改。请修改后重新导入。", problems);
        }
        OrgService.SaveResult saved = orgService.save(values(units), values(people), initialPassword);
        log.info("Imported organisation: {}", saved);
        return saved;
    }

    /** A value read from a file together with where it was, for problems found later. */
    record Located<T>(T value, SheetTable table, int row) {

        FieldProblem problem(String field, String message) {
            return new FieldProblem(field, message, table.file(), table.sheet(), row);
        }
    }

    private static void checkReferences(
            Organisation existing,
            Map<String, Located<Unit>> units,
            Map<String, Located<Person>> people,
            List<FieldProblem> problems) {
        Map<String, String> parentOf = new HashMap<>();
        existing.units().forEach(u -> parentOf.put(u.id(), u.parentId()));
        units.values().forEach(l -> parentOf.put(l.value().id(), l.value().parentId()));

        for (Located<Unit> located : units.values()) {
            Unit unit = located.value();
            if (unit.parentId() != null && !parentOf.containsKey(unit.parentId())) {
                problems.add(located.problem("上级单位编号", "上级单位不存在：" + unit.parentId()));
            } else if (formsCycle(unit.id(), parentOf)) {
                problems.add(located.problem("上级单位编号", "上级单位关系形成循环：" + unit.id()));
            }
        }
        for (Located<Person> located : people.values()) {
            Person person = located.value();
            if (!parentOf.containsKey(person.unitId())) {
                problems.add(located.problem("所在单位编号", "单位不存在：" + person.unitId()));
            }
            for (String supervised : person.supervisedUnitIds()) {
                if (!parentOf.containsKey(supervised)) {
                    problems.add(located.problem("分管单位", "分管的单位不存在：" + supervised));
                }
            }
        }
    }

    private static boolean formsCycle(String unitId, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String current = unitId;
        while (current != null) {
            if (!seen.add(current)) {
                return true;
            }
            current = parentOf.get(current);
        }
        return false;
    }

    private static <T> List<T> values(Map<String, Located<T>> located) {
        return located.values().stream().map(Located::value).toList();
    }
}
