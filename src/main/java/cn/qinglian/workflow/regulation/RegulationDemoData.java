package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.regulation.Requests.ChapterInput;
import cn.qinglian.workflow.regulation.Requests.CompilationRequest;
import cn.qinglian.workflow.regulation.Requests.PublishRequest;
import cn.qinglian.workflow.regulation.Requests.RegulationRequest;
import cn.qinglian.workflow.regulation.Requests.ReviewRequest;
import cn.qinglian.workflow.regulation.Requests.StatusRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's 制度汇编: 40 regulations of the four levels and five categories — 38 in force and two earlier
 * versions already revised — the published 2026 compilation of the 38 in five chapters, asked of everyone
 * (the members of 办公室 and 人事处 have confirmed), and three 立改废 items of 2026, one of them overdue.
 * Loaded once, after the demo organisation: a restart finds the first regulation and changes nothing.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class RegulationDemoData implements ApplicationRunner {

    static final int YEAR = 2026;
    static final String COMPILATION = "2026年度机关制度汇编";
    static final String ISSUER = "中共市住房和城乡建设委员会机关委员会";

    private static final Logger log = LoggerFactory.getLogger(RegulationDemoData.class);
    private static final CurrentUser OFFICE = new CurrentUser("office1", List.of());

    /** Title, 文号, issuer, level, category, date issued. */
    static final String[][] REGULATIONS = {
        {"中国共产党廉洁自律准则（学习辑要）", "中办发〔2015〕示1号", "中共中央办公厅", "国家", "党风廉政", "2015-10-12"},
        {"中国共产党纪律处分条例（学习辑要）", "中办发〔2023〕示2号", "中共中央办公厅", "国家", "党风廉政", "2023-12-08"},
        {"关于新形势下党内政治生活的若干准则（学习辑要）", "中办发〔2016〕示3号", "中共中央办公厅", "国家", "党风廉政", "2016-10-27"},
        {"省纪委关于严明换届纪律的通知", "省纪发〔2025〕8号", "中共某省纪委", "省", "党风廉政", "2025-03-15"},
        {"省住房和城乡建设厅廉政风险防控工作办法", "建厅党〔2024〕21号", "某省住房和城乡建设厅党组", "省", "党风廉政", "2024-06-20"},
        {"市纪委监委关于违规吃喝问题专项整治的通知", "市纪发〔2025〕12号", "中共某市纪委 某市监委", "市", "党风廉政", "2025-04-02"},
        {"市住建委党风廉政建设责任制实施办法", "建党〔2026〕1号", "中共市住建委党组", "委内", "党风廉政", "2026-01-10"},
        {"市住建委廉政谈话制度", "建党〔2026〕2号", "中共市住建委党组", "委内", "党风廉政", "2026-01-10"},
        {"市住建委领导干部个人有关事项报告实施细则", "建党〔2025〕14号", "中共市住建委党组", "委内", "党风廉政", "2025-09-01"},
        {"市住建委违反中央八项规定精神问题查处办法", "建纪〔2025〕3号", "中共市住建委纪检组", "委内", "党风廉政", "2025-05-18"},
        {"党政机关厉行节约反对浪费条例（学习辑要）", "中发〔2013〕示4号", "中共中央 国务院", "国家", "财务管理", "2013-11-18"},
        {"省级机关差旅费管理办法", "省财行〔2024〕6号", "某省财政厅", "省", "财务管理", "2024-02-28"},
        {"市级机关会议费管理办法", "市财行〔2025〕9号", "某市财政局", "市", "财务管理", "2025-03-01"},
        {"市级机关培训费管理办法", "市财行〔2025〕10号", "某市财政局", "市", "财务管理", "2025-03-01"},
        {"市住建委财务报销审批规定", "建财〔2026〕1号", "市住建委", "委内", "财务管理", "2026-01-20"},
        {"市住建委政府采购内部控制办法", "建财〔2025〕7号", "市住建委", "委内", "财务管理", "2025-07-01"},
        {"市住建委公务接待管理规定", "建办〔2025〕11号", "市住建委办公室", "委内", "财务管理", "2025-04-15"},
        {"市住建委公务用车使用管理办法", "建办〔2025〕12号", "市住建委办公室", "委内", "财务管理", "2025-04-15"},
        {"房屋建筑和市政基础设施工程施工招标投标管理办法（学习辑要）", "部令〔2019〕示5号", "住房和城乡建设部", "国家", "工程建设", "2019-03-13"},
        {"建筑工程施工许可管理办法（学习辑要）", "部令〔2021〕示6号", "住房和城乡建设部", "国家", "工程建设", "2021-03-30"},
        {"省建设工程质量安全监督管理办法", "建厅〔2024〕33号", "某省住房和城乡建设厅", "省", "工程建设", "2024-08-08"},
        {"市建设工程招标投标监督管理办法", "市建〔2025〕5号", "某市人民政府办公厅", "市", "工程建设", "2025-02-10"},
        {"市住建委工程项目审批“一件事”办理规程", "建审〔2026〕2号", "市住建委", "委内", "工程建设", "2026-02-01"},
        {"市住建委建设工程质量安全监督检查规程", "建质〔2025〕16号", "市住建委", "委内", "工程建设", "2025-10-10"},
        {"市住建委工程款拨付审核规定", "建财〔2025〕8号", "市住建委", "委内", "工程建设", "2025-07-01"},
        {"市住建委行政执法全过程记录办法", "建法〔2025〕4号", "市住建委", "委内", "工程建设", "2025-06-06"},
        {"党政领导干部选拔任用工作条例（学习辑要）", "中办发〔2019〕示7号", "中共中央办公厅", "国家", "选人用人", "2019-03-03"},
        {"省管干部交流工作办法", "省组发〔2024〕5号", "中共某省委组织部", "省", "选人用人", "2024-05-20"},
        {"市直机关公务员平时考核办法", "市组发〔2025〕7号", "中共某市委组织部", "市", "选人用人", "2025-03-12"},
        {"市住建委干部选拔任用工作规程", "建党〔2025〕9号", "中共市住建委党组", "委内", "选人用人", "2025-06-01"},
        {"市住建委干部因私出国（境）管理办法", "建党〔2025〕10号", "中共市住建委党组", "委内", "选人用人", "2025-06-01"},
        {"市住建委年轻干部培养选拔实施办法", "建党〔2026〕3号", "中共市住建委党组", "委内", "选人用人", "2026-02-15"},
        {"中国共产党支部工作条例（学习辑要）", "中发〔2018〕示8号", "中共中央", "国家", "综合", "2018-10-28"},
        {"省直机关党的建设工作规范", "省直党〔2024〕2号", "中共某省直属机关工委", "省", "综合", "2024-01-05"},
        {"市直机关“清廉机关”建设评价办法", "市直党〔2025〕3号", "中共某市直属机关工委", "市", "综合", "2025-02-20"},
        {"市住建委党组工作规则", "建党〔2026〕4号", "中共市住建委党组", "委内", "综合", "2026-03-01"},
        {"市住建委“三重一大”决策制度实施办法", "建党〔2025〕6号", "中共市住建委党组", "委内", "综合", "2025-04-01"},
        {"市住建委信访举报处置办法", "建纪〔2025〕5号", "中共市住建委纪检组", "委内", "综合", "2025-08-20"},
        {"市住建委廉政谈话制度（2019年版）", "建党〔2019〕6号", "中共市住建委党组", "委内", "党风廉政", "2019-04-01"},
        {"市住建委财务报销审批规定（2020年版）", "建财〔2020〕2号", "市住建委", "委内", "财务管理", "2020-05-01"}
    };

    /** The two old versions (index) and the regulations that revised them. */
    private static final int[][] REVISED = {{38, 7}, {39, 14}};

    private static final String[] CHAPTERS = {"党风廉政", "财务管理", "工程建设", "选人用人", "综合"};

    private final RegulationService regulations;
    private final CompilationService compilations;
    private final RegulationReviewService reviews;
    private final RegulationMapper mapper;
    private final OrgService org;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RegulationDemoData(
            RegulationService regulations,
            CompilationService compilations,
            RegulationReviewService reviews,
            RegulationMapper mapper,
            OrgService org,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.regulations = regulations;
        this.compilations = compilations;
        this.reviews = reviews;
        this.mapper = mapper;
        this.org = org;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo 制度汇编, all or nothing, unless its first regulation is there; returns whether it loaded. */
    boolean load() {
        return Boolean.TRUE.equals(transaction.execute(status -> loadOnce()));
    }

    private boolean loadOnce() {
        if (org.isEmpty()
                || mapper.findRegulations(null).stream()
                        .anyMatch(r -> r.docNumber().equals(REGULATIONS[0][1])
                                && r.issuer().equals(REGULATIONS[0][2]))) {
            return false;
        }
        List<Regulation> created = new ArrayList<>();
        for (String[] r : REGULATIONS) {
            LocalDate issued = LocalDate.parse(r[5]);
            created.add(regulations.create(
                    new RegulationRequest(r[0], r[1], r[2], r[3], r[4], issued, issued.plusDays(15), null, text(r[0])),
                    OFFICE));
        }
        for (int[] pair : REVISED) {
            regulations.changeStatus(
                    created.get(pair[0]).id(),
                    new StatusRequest("已修订", created.get(pair[1]).id(), "新版于" + REGULATIONS[pair[1]][5] + "印发"),
                    OFFICE);
        }
        Map<String, List<Long>> byCategory = new LinkedHashMap<>();
        for (String chapter : CHAPTERS) {
            byCategory.put(chapter, new ArrayList<>());
        }
        for (int i = 0; i < created.size(); i++) {
            if (i != REVISED[0][0] && i != REVISED[1][0]) {
                byCategory.get(REGULATIONS[i][4]).add(created.get(i).id());
            }
        }
        List<ChapterInput> chapters = byCategory.entrySet().stream()
                .map(e -> new ChapterInput(e.getKey() + "类制度", e.getValue()))
                .toList();
        Compilation compilation = compilations
                .create(new CompilationRequest(YEAR, COMPILATION, ISSUER, chapters), OFFICE)
                .compilation();
        compilations.publish(compilation.id(), new PublishRequest(true, null, null), OFFICE);
        Organisation organisation = org.organisation();
        for (String unit : List.of("d01", "d02")) {
            for (Person person : organisation.membersOf(unit)) {
                compilations.studied(compilation.id(), new CurrentUser(person.id(), List.of()));
            }
        }
        LocalDate today = ChinaTime.today(clock);
        review(created.get(16), "修订", today.minusDays(10), "head-d02");
        review(created.get(21), "废止", today.plusMonths(2), "head-d05");
        review(created.get(35), "保留", today.plusMonths(1), "office2");
        log.info(
                "Loaded the demo 制度汇编: {} regulations, the published {} of {} in force",
                created.size(),
                COMPILATION,
                created.size() - REVISED.length);
        return true;
    }

    private void review(Regulation regulation, String action, LocalDate due, String owner) {
        if (org.organisation().person(owner).isPresent()) {
            reviews.create(new ReviewRequest(YEAR, regulation.id(), action, due, owner, "2026年度制度立改废清理"), OFFICE);
        }
    }

    /** A plausible text of a few articles; the state's rules as the points members study. */
    static String text(String title) {
        String name = title.replaceAll("（.*）$", "");
        if (title.contains("学习辑要")) {
            return String.join(
                    "\n",
                    "本辑要摘录《" + name + "》中与机关工作关系最密切的条款，供党员干部学习，全文以正式文本为准。",
                    "一、坚持把纪律和规矩挺在前面，严守政治纪律和政治规矩。",
                    "二、落实全面从严治党主体责任，把从严要求贯穿管党治党全过程。",
                    "三、结合住房城乡建设领域实际，重点关注工程建设、行政审批、资金拨付等环节。");
        }
        String kind = name.matches(".*(办法|规定|规程|细则|准则|条例|规则|规范|制度|通知)$") ? name.substring(name.length() - 2) : "规定";
        String subject = name.replaceAll("^(市住建委|省住房和城乡建设厅|市纪委监委关于|省纪委关于|省级机关|市级机关|市直机关|省管|省直机关|市)", "");
        return String.join(
                "\n",
                "第一条 为贯彻落实全面从严治党要求，规范" + subject + "相关工作，结合实际，制定本" + kind + "。",
                "第二条 本" + kind + "适用于委机关各处室、直属单位及其工作人员。",
                "第三条 各单位主要负责人是本单位执行本" + kind + "的第一责任人，班子其他成员按照“一岗双责”要求抓好分管领域的落实。",
                "第四条 机关党委（党办）负责本" + kind + "执行情况的日常监督，每年开展一次专项检查，检查结果纳入党建工作考核。",
                "第五条 违反本" + kind + "的，依规依纪依法严肃处理；涉嫌违纪违法的，移送纪检监察机关处理。",
                "第六条 本" + kind + "由机关党委负责解释，自印发之日起施行。");
    }
}
