package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.sitebuilding.Requests.ActivityRequest;
import cn.qinglian.workflow.sitebuilding.Requests.AgreementRequest;
import cn.qinglian.workflow.sitebuilding.Requests.MemberInput;
import cn.qinglian.workflow.sitebuilding.Requests.ModelPostRequest;
import cn.qinglian.workflow.sitebuilding.Requests.PartyOrgRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ProjectRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ServiceGroupRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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
 * The demo's 项目党建 in the commission's reported shape: 7 服务指导组, 19 projects each with its Party
 * organisation (10 of them 临时党支部, the one on 轨道交通三号线 the demo organisation's unit p01), 163 党员示范岗
 * (10 + 163 = 173), six agreements signed by both sides with their activities and one awaiting the agency
 * side's signature, and one project that should set up a temporary branch. Loaded once, after the demo
 * organisation: a restart finds the first project and leaves everything as it is.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class SiteBuildingDemoData implements ApplicationRunner {

    static final int TEMPORARY_BRANCHES = 10;
    static final int MODEL_POSTS = 163;

    private static final Logger log = LoggerFactory.getLogger(SiteBuildingDemoData.class);
    private static final CurrentUser OFFICE = new CurrentUser("office1", List.of());
    static final String[][] PROJECTS = {
        {"轨道交通三号线一期工程", "交通", "主城区"},
        {"城市快速路东延工程", "交通", "东新区"},
        {"钱塘江第二过江隧道", "交通", "滨江区"},
        {"城东污水处理厂扩建工程", "市政", "城东区"},
        {"城市综合管廊一期", "市政", "高新区"},
        {"老旧小区综合改造（北片）", "房建", "城北区"},
        {"人才公寓二期", "房建", "高新区"},
        {"市第一人民医院新院区", "房建", "城西区"},
        {"体育中心改扩建工程", "房建", "城南区"},
        {"会展中心三期", "房建", "东新区"},
        {"保障性租赁住房（南苑）", "房建", "城南区"},
        {"城西水厂新建工程", "水利", "城西区"},
        {"滨江防洪堤加固工程", "水利", "滨江区"},
        {"北部引水配水工程", "水利", "城北区"},
        {"城市绿道贯通工程", "市政", "主城区"},
        {"智慧停车楼群", "市政", "主城区"},
        {"职业技术学院新校区", "房建", "高新区"},
        {"国际机场高架连接线", "交通", "东新区"},
        {"科创园区道路提升工程", "市政", "高新区"}
    };
    private static final String[] POSTS = {"质量安全党员示范岗", "技术攻关党员示范岗", "文明施工党员示范岗", "廉洁从业党员示范岗", "安全生产党员先锋岗"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟强磊军洋勇杰涛明超刚华平斌宇浩凯健俊帆旭宁龙林博晨瑞峰建国志海波成文辉鹏飞";

    private final SiteBuildingService ledger;
    private final AgreementService agreements;
    private final ActivityService activities;
    private final SiteBuildingMapper mapper;
    private final OrgService org;
    private final TaskService tasks;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SiteBuildingDemoData(
            SiteBuildingService ledger,
            AgreementService agreements,
            ActivityService activities,
            SiteBuildingMapper mapper,
            OrgService org,
            TaskService tasks,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.agreements = agreements;
        this.activities = activities;
        this.mapper = mapper;
        this.org = org;
        this.tasks = tasks;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo ledger, all or nothing, unless its first project is there already; returns whether it loaded. */
    boolean load() {
        return Boolean.TRUE.equals(transaction.execute(status -> loadOnce()));
    }

    private boolean loadOnce() {
        if (org.isEmpty()
                || mapper.findProjects().stream().anyMatch(p -> p.name().equals(PROJECTS[0][0]))) {
            return false;
        }
        Organisation organisation = org.organisation();
        LocalDate today = ChinaTime.today(clock);
        List<Project> projects = new ArrayList<>();
        List<PartyOrg> orgs = new ArrayList<>();
        for (int i = 0; i < PROJECTS.length; i++) {
            LocalDate start = today.minusMonths(3 + i % 9);
            projects.add(ledger.createProject(
                    new ProjectRequest(
                            PROJECTS[i][0],
                            PROJECTS[i][1],
                            PROJECTS[i][2],
                            start,
                            start.plusMonths(14 + i),
                            "市城投集团有限公司",
                            "鼎诚工程监理有限公司",
                            i % 2 == 0 ? "宏建建筑工程有限公司" : "中铁某工程局集团有限公司"),
                    OFFICE));
        }
        List<String> secretaries = secretaries(organisation);
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String kind = i < TEMPORARY_BRANCHES ? "临时党支部" : i < 16 ? "项目党支部" : "项目联合党委";
            String shortName = project.name().replaceAll("（.*）|工程$", "");
            List<MemberInput> members = i < TEMPORARY_BRANCHES ? siteMembers(i, 3 + i % 4) : List.of();
            orgs.add(ledger.createOrg(
                    new PartyOrgRequest(
                            project.id(),
                            kind,
                            shortName + "项目" + kind,
                            i == 0 ? "p01" : null,
                            i > 0 && i <= secretaries.size() ? secretaries.get(i - 1) : null,
                            i > secretaries.size() ? name(i * 7) : null,
                            project.startDate().plusMonths(1),
                            members),
                    OFFICE));
        }
        // One project long enough, with three full members on site and no temporary branch yet: 应建未建.
        ledger.replaceProjectMembers(projects.get(16).id(), siteMembers(16, 3), OFFICE);
        groups(projects);
        posts(projects);
        agreements(orgs, today);
        log.info(
                "Loaded the demo 项目党建 ledger: {} projects, {} temporary branches, {} model posts",
                projects.size(),
                TEMPORARY_BRANCHES,
                MODEL_POSTS);
        return true;
    }

    /** People of the affiliated units who stand as project secretaries, so that they sign online. */
    private static List<String> secretaries(Organisation organisation) {
        List<String> ids = new ArrayList<>();
        for (String unit : List.of("a01", "a02", "a03", "a04", "a05", "a06")) {
            organisation.membersOf(unit).stream()
                    .map(Person::id)
                    .filter(id -> id.matches("m\\d{4}"))
                    .findFirst()
                    .ifPresent(ids::add);
        }
        return ids;
    }

    private static List<MemberInput> siteMembers(int project, int full) {
        List<MemberInput> members = new ArrayList<>();
        for (int m = 0; m < full; m++) {
            members.add(new MemberInput(null, name(project * 13 + m), "宏建建筑工程有限公司", "正式党员"));
        }
        members.add(new MemberInput(null, name(project * 13 + full), "鼎诚工程监理有限公司", "预备党员"));
        return members;
    }

    private void groups(List<Project> projects) {
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七"};
        String[] heads = {"head-d05", "head-d06", "head-d07", "head-d08", "head-d09", "head-d10", "head-d11"};
        for (int g = 0; g < numbers.length; g++) {
            List<Long> served = new ArrayList<>();
            for (int p = g; p < projects.size(); p += numbers.length) {
                served.add(projects.get(p).id());
            }
            ledger.createGroup(
                    new ServiceGroupRequest(
                            "第" + numbers[g] + "服务指导组", "leader" + (g % 5 + 1), List.of(heads[g], "office2"), served),
                    OFFICE);
        }
    }

    private void posts(List<Project> projects) {
        for (int n = 0; n < MODEL_POSTS; n++) {
            Project project = projects.get(n % projects.size());
            ledger.createPost(
                    new ModelPostRequest(
                            null,
                            name(1000 + n),
                            n % 3 == 0 ? "鼎诚工程监理有限公司" : project.contractorUnit(),
                            POSTS[n % POSTS.length],
                            project.id(),
                            project.startDate().plusMonths(1),
                            null),
                    OFFICE);
        }
    }

    private void agreements(List<PartyOrg> orgs, LocalDate today) {
        LocalDate from = today.withDayOfYear(1);
        for (int i = 0; i < 7; i++) {
            PartyOrg partyOrg = orgs.get(i);
            if (partyOrg.secretaryId() == null) {
                continue;
            }
            Agreement agreement = agreements.propose(
                    new AgreementRequest(
                            "b" + (i % 4 + 1),
                            null,
                            partyOrg.id(),
                            "联学理论、联办活动、联解难题：每季度一次联学，共建质量安全党员先锋队，结对帮助解决施工中的群众诉求。",
                            from,
                            from.plusYears(1).minusDays(1)),
                    OFFICE);
            if (i == 6) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(agreement.businessKey())
                        .list()
                        .forEach(t -> tasks.complete(t.getId(), Map.of(JointBuildingProcess.VAR_SIGNED, true)));
            }
            activities.recordActivity(
                    agreement.id(),
                    new ActivityRequest(
                            today.minusDays(30 + i), "联学", List.of("bs-b" + (i % 4 + 1)), 15 + i, "集中学习安全生产和廉洁从业有关规定"),
                    OFFICE);
            activities.recordActivity(
                    agreement.id(),
                    new ActivityRequest(today.minusDays(7 + i), "志愿服务", List.of(), 20 + i, "进工地开展义诊和政策宣讲"),
                    OFFICE);
        }
    }

    /** A plausible name, the same for the same number. */
    private static String name(int n) {
        return String.valueOf(SURNAMES.charAt(n % SURNAMES.length()))
                + GIVEN.charAt((n * 7) % GIVEN.length())
                + (n % 2 == 0 ? "" : String.valueOf(GIVEN.charAt((n * 11 + 3) % GIVEN.length())));
    }
}
