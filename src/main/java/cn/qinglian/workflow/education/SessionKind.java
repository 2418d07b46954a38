package cn.qinglian.workflow.education;

/** The kinds of education session the commission keeps; 廉政教育课 are counted apart as lectures. */
public enum SessionKind {
    THEORY_GROUP("党组理论中心组学习"),
    BRANCH_DISCIPLINE("支部党纪党规教育"),
    LECTURE("廉政教育课"),
    WARNING("警示教育"),
    PARTY_DAY("主题党日"),
    OTHER("其他");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
