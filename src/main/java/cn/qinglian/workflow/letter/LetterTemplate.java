package cn.qinglian.workflow.letter;

import java.util.List;

/** The template the office starts from: the eleven aspects of responsibility and each level's duties. */
final class LetterTemplate {

    static final String TITLE = "党风廉政建设责任书";

    static final List<String> ASPECTS = List.of(
            "坚持把党的政治建设摆在首位，严守政治纪律和政治规矩",
            "落实全面从严治党主体责任，把党风廉政建设与业务工作同部署、同落实、同检查、同考核",
            "严格执行中央八项规定及其实施细则精神，持续纠治“四风”",
            "落实意识形态工作责任制",
            "加强干部教育管理监督，经常性开展廉政谈话和警示教育",
            "规范权力运行，严格执行“三重一大”集体决策制度",
            "加强工程建设、资金管理、招标采购、行政审批等重点领域廉政风险防控",
            "落实“一岗双责”，管好分管领域、管好身边人",
            "支持配合纪检监察机构履行监督责任，抓好巡察和审计发现问题整改",
            "带头执行廉洁自律规定，如实报告个人有关事项",
            "加强清廉机关、模范机关建设，营造风清气正的政治生态");

    static final String LEADERSHIP_DUTIES = "对分管领域党风廉政建设负领导责任，每年至少听取一次分管单位党风廉政建设情况汇报，" + "与分管单位负责人开展廉政谈话。";
    static final String HEAD_DUTIES = "对本单位党风廉政建设负主体责任，组织本单位廉政风险排查防控，与本单位每名干部签订责任书并开展谈心谈话。";
    static final String CADRE_DUTIES = "严格遵守廉洁自律规定，认真履行岗位职责，主动排查岗位廉政风险，自觉接受监督。";

    private LetterTemplate() {}
}
