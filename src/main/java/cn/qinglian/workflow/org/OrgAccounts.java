package cn.qinglian.workflow.org;

import cn.qinglian.workflow.common.security.ManagedAccounts;
import org.springframework.stereotype.Component;

/** Everyone the organisation holds, active or not, is its account: their name and e-mail come from here. */
@Component
class OrgAccounts implements ManagedAccounts {

    private final PersonMapper people;

    OrgAccounts(PersonMapper people) {
        this.people = people;
    }

    @Override
    public boolean isManaged(String userId) {
        return people.findById(userId) != null;
    }
}
