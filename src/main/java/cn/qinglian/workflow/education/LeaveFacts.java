package cn.qinglian.workflow.education;

import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A leave request with its session and the person's name, for the approval task. */
@Component
class LeaveFacts {

    record Facts(Leave leave, Session session, String personName) {}

    private final EducationMapper mapper;
    private final OrgService org;

    LeaveFacts(EducationMapper mapper, OrgService org) {
        this.mapper = mapper;
        this.org = org;
    }

    @Transactional(readOnly = true)
    Facts of(long leaveId) {
        Leave leave = mapper.findLeave(leaveId);
        if (leave == null) {
            throw new IllegalStateException("No leave " + leaveId);
        }
        return new Facts(
                leave,
                mapper.findSession(leave.sessionId()),
                org.organisation().person(leave.personId()).map(Person::name).orElse(leave.personId()));
    }
}
