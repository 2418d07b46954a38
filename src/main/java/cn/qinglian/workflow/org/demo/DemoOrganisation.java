package cn.qinglian.workflow.org.demo;

import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.org.UnitType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo organisation in the commission's shape as reported in 2022: one 党组 whose secretary
 * and leadership members each supervise units; agency branches with their departments;
 * affiliated units (one with a project Party organisation); 7 两新组织 (5 with a 纪检委员) and 5 协会.
 * The total number of people is configurable; the same size always gives the same people, and the
 * default ({@link #DEFAULT_SIZE}) puts 600+ of them in the agency and its affiliated units, as reported.
 *
 * <p>Above {@link #COMMISSION_CAPACITY} people it is a city's construction system (the benchmark's
 * city size, issue #26): the commission keeps that many, its largest affiliated unit then has ≈ 500
 * members under one branch secretary, and the rest go to district bureaus of {@link #DISTRICT_UNITS}
 * units each — a 机关党支部 with three 处室, two 直属单位 and a 两新组织, every post filled — about
 * {@link #DISTRICT_SIZE} people a district, so that 20,000 people are in 240+ units. Sizes up to the
 * capacity (the 600 and 6,000 of the benchmark) are the commission alone, as before.
 */
public final class DemoOrganisation {

    public static final String ROOT = "pg";
    public static final int DEFAULT_SIZE = 740;
    /** The most people the commission alone is given; larger sizes add district bureaus. */
    public static final int COMMISSION_CAPACITY = 6700;

    static final int DISTRICT_SIZE = 460;
    static final int DISTRICT_UNITS = 7;

    private static final String[] BRANCHES = {"机关第一党支部", "机关第二党支部", "机关第三党支部", "机关第四党支部"};
    private static final String[] DEPARTMENTS = {
        "办公室",
        "组织人事处",
        "计划财务处",
        "政策法规处",
        "建筑市场监管处",
        "工程质量安全监管处",
        "城市建设处",
        "村镇建设处",
        "住房保障处",
        "房地产市场监管处",
        "科技与标准处",
        "行政审批处"
    };
    private static final String[] AFFILIATED = {
        "市建设工程质量安全监督站", "市建设工程造价管理站", "市城建档案馆", "市房屋安全鉴定中心", "市建筑业管理服务中心", "市住房保障服务中心", "市建设工程招标投标管理办公室", "市建设信息中心"
    };
    private static final String[] NEW_ORGANISATIONS = {
        "宏建建筑工程有限公司", "安居物业服务有限公司", "城投勘察设计研究院有限公司", "鼎诚工程监理有限公司", "华夏建材检测有限公司", "远景园林绿化有限公司", "恒信工程造价咨询有限公司"
    };
    private static final String[] ASSOCIATIONS = {"市建筑业协会", "市房地产业协会", "市勘察设计协会", "市建设监理协会", "市物业管理协会"};
    private static final String[] DISTRICTS = {
        "上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市", "东城区",
        "西城区", "南湖区", "北湖区", "江南区", "江北区", "新城区", "高新区", "经开区", "港区", "湖滨区", "山前区", "河西区", "城东区", "城南区",
        "城西区", "城北区"
    };
    private static final String[] DISTRICT_DEPARTMENTS = {"建筑市场科", "质量安全科", "住房保障科"};
    private static final String[] DISTRICT_AFFILIATED = {"建设工程质量安全监督站", "房屋征收服务中心"};
    /** New organisations without a discipline inspection commissioner, as is common in practice. */
    private static final Set<Integer> NEW_ORGS_WITHOUT_INSPECTOR = Set.of(5, 6);

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林欣博晨辰瑞琳婷雪梅慧颖倩峰建国志海波成文辉力鹏飞";

    private final List<Unit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Integer> weights = new HashMap<>();
    private final Random random = new Random(2022);
    private int memberSeq;

    private DemoOrganisation() {}

    /** An organisation of about {@code size} people (never fewer than its office holders). */
    public static DemoOrganisation of(int size) {
        DemoOrganisation demo = new DemoOrganisation();
        demo.build(size);
        return demo;
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    public List<Person> people() {
        return List.copyOf(people);
    }

    private void build(int size) {
        units.add(new Unit(ROOT, "市住房和城乡建设委员会党组", UnitType.PARTY_GROUP, null, 0));
        List<String> supervised = new ArrayList<>();
        for (int b = 0; b < BRANCHES.length; b++) {
            String branch = "b" + (b + 1);
            units.add(new Unit(branch, BRANCHES[b], UnitType.AGENCY_BRANCH, ROOT, 10 + b));
            person("bs-" + branch, branch, "支部书记", Role.BRANCH_SECRETARY);
            person("ins-" + branch, branch, "支部纪检委员", Role.DISCIPLINE_INSPECTOR);
            for (int d = b * 3; d < b * 3 + 3; d++) {
                String id = "d" + two(d + 1);
                units.add(new Unit(id, DEPARTMENTS[d], UnitType.DEPARTMENT, branch, 20 + d));
                person("head-" + id, id, d == 1 ? "处长（兼机关党委委员）" : "处长", Role.UNIT_HEAD);
                weights.put(id, 8);
                supervised.add(id);
            }
        }
        for (int a = 0; a < AFFILIATED.length; a++) {
            String id = "a" + two(a + 1);
            units.add(new Unit(id, AFFILIATED[a], UnitType.AFFILIATED_UNIT, ROOT, 40 + a));
            person("head-" + id, id, "主任（站长）", Role.UNIT_HEAD);
            person("bs-" + id, id, "支部书记", Role.BRANCH_SECRETARY);
            person("ins-" + id, id, "纪检委员", Role.DISCIPLINE_INSPECTOR);
            weights.put(id, 30);
            supervised.add(id);
        }
        units.add(new Unit("p01", "轨道交通三号线项目临时党支部", UnitType.PROJECT_PARTY_ORG, "a01", 60));
        person("bs-p01", "p01", "临时党支部书记", Role.BRANCH_SECRETARY);
        weights.put("p01", 4);
        for (int n = 0; n < NEW_ORGANISATIONS.length; n++) {
            String id = "n" + two(n + 1);
            units.add(new Unit(id, NEW_ORGANISATIONS[n] + "党支部", UnitType.NEW_ORGANISATION, ROOT, 70 + n));
            person("head-" + id, id, "总经理", Role.UNIT_HEAD);
            person("bs-" + id, id, "支部书记", Role.BRANCH_SECRETARY);
            if (!NEW_ORGS_WITHOUT_INSPECTOR.contains(n)) {
                person("ins-" + id, id, "纪检委员", Role.DISCIPLINE_INSPECTOR);
            }
            weights.put(id, 6);
            supervised.add(id);
        }
        for (int x = 0; x < ASSOCIATIONS.length; x++) {
            String id = "x" + two(x + 1);
            units.add(new Unit(id, ASSOCIATIONS[x] + "党支部", UnitType.ASSOCIATION, ROOT, 80 + x));
            person("head-" + id, id, "秘书长", Role.UNIT_HEAD);
            person("bs-" + id, id, "支部书记", Role.BRANCH_SECRETARY);
            weights.put(id, 4);
            supervised.add(id);
        }
        int districts =
                size > COMMISSION_CAPACITY ? (size - COMMISSION_CAPACITY + DISTRICT_SIZE - 1) / DISTRICT_SIZE : 0;
        List<String> districtUnits = new ArrayList<>();
        int beforeDistricts = people.size();
        for (int d = 0; d < districts; d++) {
            district(d, districtUnits);
        }
        int districtHolders = people.size() - beforeDistricts;
        supervised.addAll(districtUnits.stream().filter(weights::containsKey).toList());
        leadership(supervised);
        person("office1", "d01", "机关党委专职副书记", Role.PARTY_OFFICE);
        person("office2", "d01", "党务干事", Role.PARTY_OFFICE);
        if (districts == 0) {
            members(size - people.size(), commissionUnits());
        } else {
            // The commission's share first, so that its members are the same people at every city size.
            members(COMMISSION_CAPACITY - (people.size() - districtHolders), commissionUnits());
            members(size - people.size(), districtUnits);
        }
    }

    private List<String> commissionUnits() {
        return units.stream()
                .map(Unit::id)
                .filter(id -> weights.containsKey(id) && !id.startsWith("q"))
                .toList();
    }

    /** A district bureau: its agency branch with three 处室, two 直属单位 and a 两新组织. */
    private void district(int d, List<String> districtUnits) {
        String name = d < DISTRICTS.length ? DISTRICTS[d] : "第" + (d + 1) + "片区";
        String branch = "q" + two(d + 1);
        int order = 100 + d * DISTRICT_UNITS;
        units.add(new Unit(branch, name + "住建局机关党支部", UnitType.AGENCY_BRANCH, ROOT, order));
        person("bs-" + branch, branch, "支部书记", Role.BRANCH_SECRETARY);
        person("ins-" + branch, branch, "支部纪检委员", Role.DISCIPLINE_INSPECTOR);
        districtUnits.add(branch);
        for (int k = 0; k < DISTRICT_DEPARTMENTS.length; k++) {
            String id = branch + "-d" + (k + 1);
            units.add(new Unit(id, name + "住建局" + DISTRICT_DEPARTMENTS[k], UnitType.DEPARTMENT, branch, order + 1 + k));
            person("head-" + id, id, "科长", Role.UNIT_HEAD);
            weights.put(id, 8);
            districtUnits.add(id);
        }
        for (int k = 0; k < DISTRICT_AFFILIATED.length; k++) {
            String id = branch + "-a" + (k + 1);
            units.add(new Unit(id, name + DISTRICT_AFFILIATED[k], UnitType.AFFILIATED_UNIT, branch, order + 4 + k));
            person("head-" + id, id, "主任（站长）", Role.UNIT_HEAD);
            person("bs-" + id, id, "支部书记", Role.BRANCH_SECRETARY);
            person("ins-" + id, id, "纪检委员", Role.DISCIPLINE_INSPECTOR);
            weights.put(id, 30);
            districtUnits.add(id);
        }
        String company = branch + "-n1";
        units.add(new Unit(company, name + "城建集团有限公司党支部", UnitType.NEW_ORGANISATION, branch, order + 6));
        person("head-" + company, company, "总经理", Role.UNIT_HEAD);
        person("bs-" + company, company, "支部书记", Role.BRANCH_SECRETARY);
        person("ins-" + company, company, "纪检委员", Role.DISCIPLINE_INSPECTOR);
        weights.put(company, 6);
        districtUnits.add(company);
    }

    private void leadership(List<String> supervised) {
        people.add(new Person(
                "secretary",
                "张建国",
                ROOT,
                "党组书记、主任",
                mail("secretary"),
                true,
                EnumSet.of(Role.SECRETARY, Role.PARTY_MEMBER),
                List.of()));
        String[] posts = {"党组成员、副主任", "党组成员、副主任", "党组成员、副主任", "党组成员、总工程师", "驻委纪检监察组组长"};
        String[] names = {"李卫东", "王秀兰", "陈志强", "刘晓燕", "赵德明"};
        for (int l = 0; l < posts.length; l++) {
            int leader = l;
            List<String> theirs = new ArrayList<>();
            for (int i = 0; i < supervised.size(); i++) {
                if (i % posts.length == leader) {
                    theirs.add(supervised.get(i));
                }
            }
            // The head of the discipline inspection group is the inspector of last resort for
            // units without a 纪检委员 of their own (associations, some 两新组织).
            Set<Role> roles = l == posts.length - 1
                    ? EnumSet.of(Role.LEADERSHIP_MEMBER, Role.DISCIPLINE_INSPECTOR, Role.PARTY_MEMBER)
                    : EnumSet.of(Role.LEADERSHIP_MEMBER, Role.PARTY_MEMBER);
            people.add(new Person(
                    "leader" + (l + 1), names[l], ROOT, posts[l], mail("leader" + (l + 1)), true, roles, theirs));
        }
    }

    private void members(int count, List<String> among) {
        List<String> unitIds = among.stream().filter(weights::containsKey).toList();
        int totalWeight = unitIds.stream().mapToInt(weights::get).sum();
        int placed = 0;
        for (int u = 0; u < unitIds.size() && placed < count; u++) {
            String unitId = unitIds.get(u);
            int share = u == unitIds.size() - 1
                    ? count - placed
                    : Math.round((float) count * weights.get(unitId) / totalWeight);
            for (int i = 0; i < share && placed < count; i++, placed++) {
                person(String.format("m%04d", ++memberSeq), unitId, i == 0 ? "副处长" : "科员");
            }
        }
    }

    private void person(String id, String unitId, String post, Role... roles) {
        Set<Role> set = EnumSet.of(Role.PARTY_MEMBER, roles);
        people.add(new Person(id, name(), unitId, post, mail(id), true, set, List.of()));
    }

    private String name() {
        int n = people.size();
        // Two members carry rare characters outside the BMP, as real rosters do.
        if (n == 40) {
            return "王𠀾";
        }
        if (n == 41) {
            return "李𡘙";
        }
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        String given = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
        return random.nextBoolean() ? surname + given : surname + given + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Demo addresses: the demo's e-mail channel writes to the log, and .invalid never reaches anyone. */
    private static String mail(String personId) {
        return personId + "@demo.qinglian.invalid";
    }
}
