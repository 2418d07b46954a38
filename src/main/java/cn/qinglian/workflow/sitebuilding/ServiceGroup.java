package cn.qinglian.workflow.sitebuilding;

import java.util.List;

/** A 服务指导组: its leader (a leadership member), its members and the projects it serves. */
public record ServiceGroup(
        long id, String name, String leaderId, String leaderName, List<String> memberIds, List<Long> projectIds) {

    public ServiceGroup {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }
}
