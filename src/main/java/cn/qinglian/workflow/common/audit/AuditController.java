package cn.qinglian.workflow.common.audit;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over REST. A person reads their own record of duty; the Party office and
 * administrators read anyone's and any business key's.
 */
@Tag(name = "履责纪实", description = "按业务键或人员查阅履责纪实（审计记录）")
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final String PARTY_OFFICE_GROUP = "role-party-office";

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @Operation(summary = "按业务键查阅履责纪实")
    @GetMapping("/business-keys/{businessKey}")
    List<AuditRecord> byBusinessKey(@PathVariable String businessKey, @AuthenticationPrincipal CurrentUser user) {
        requireOffice(user);
        return audit.forBusinessKey(businessKey);
    }

    @Operation(summary = "按人员查阅履责纪实")
    @GetMapping("/people/{personId}")
    List<AuditRecord> byPerson(@PathVariable String personId, @AuthenticationPrincipal CurrentUser user) {
        if (!personId.equals(user.userId())) {
            requireOffice(user);
        }
        return audit.forPerson(personId);
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.isAdmin() && !user.inGroup(PARTY_OFFICE_GROUP)) {
            throw ApiException.forbidden("只有党务工作人员或管理员可以查看他人的履责纪实。");
        }
    }
}
