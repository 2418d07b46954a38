package cn.qinglian.workflow.regulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for 制度汇编, unique per call so that tests sharing the database do not meet. */
final class RegulationFixtures {

    private RegulationFixtures() {}

    static String unique(String text) {
        return text + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A 委内 党风廉政 regulation in force with a unique 文号. */
    static Map<String, Object> regulation(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("docNumber", unique("建党〔2026〕"));
        body.put("issuer", "中共市住建委党组");
        body.put("level", "委内");
        body.put("category", "党风廉政");
        body.put("issuedOn", "2026-02-01");
        body.put("effectiveFrom", "2026-03-01");
        body.put("text", "第一条 为加强党风廉政建设，制定本规定。\n第二条 本规定自印发之日起施行。");
        return body;
    }

    static Map<String, Object> compilation(int year, String title, List<Map<String, Object>> chapters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("title", title);
        body.put("issuer", "中共市住房和城乡建设委员会机关党委");
        body.put("chapters", chapters);
        return body;
    }

    static Map<String, Object> chapter(String title, List<Long> regulationIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("regulationIds", regulationIds);
        return body;
    }

    static Map<String, Object> review(int year, long regulationId, String action, String due, String owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("regulationId", regulationId);
        body.put("action", action);
        body.put("dueDate", due);
        body.put("ownerId", owner);
        body.put("note", "按上级新规修订");
        return body;
    }
}
