package cn.qinglian.workflow.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names in Tasklist come from Camunda's users, and the organisation keeps them: a member who renamed
 * their account "张建国（党组书记）" would pose as the secretary. So a profile (name, e-mail) of an account
 * the organisation manages is not edited through the engine's API — {@code /engine-rest}, Admin, or
 * Welcome's 个人资料 — by anyone; the Party office changes it by importing the organisation. Passwords
 * are still each person's own to change.
 */
@Component
class ProfileEditGuard extends OncePerRequestFilter {

    private static final Pattern PROFILE = Pattern.compile("^/user/([^/]+)/profile$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<ManagedAccounts> managed;
    private final ProblemResponses problems;

    ProfileEditGuard(List<ManagedAccounts> managed, ObjectMapper json) {
        this.managed = managed;
        this.problems = new ProblemResponses(json);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher profile = PROFILE.matcher(EngineApiPath.of(request).orElse(""));
        if (profile.matches()
                && !READS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && managed.stream().anyMatch(accounts -> accounts.isManaged(profile.group(1)))) {
            problems.forbidden(response, "forbidden", "姓名和邮箱以组织架构为准，不能在这里修改；如有变动，请联系党务部门更新组织架构。未做任何更改。");
            return;
        }
        chain.doFilter(request, response);
    }
}
