package cn.qinglian.workflow.common.security;

import cn.qinglian.workflow.common.error.DatabaseFailures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against Camunda's identity. A successful check is remembered briefly (as a salted
 * hash, never the password) so that a REST client with the right password does not run into
 * Camunda's login throttling, which delays every check after a failure; a wrong password
 * always goes to Camunda and is throttled there.
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

    private record Remembered(byte[] hash, List<String> groups, Instant until) {}

    private final IdentityService identity;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] salt = new byte[16];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    CamundaAuthenticationProvider(
            IdentityService identity,
            @Value("${qinglian.security.credential-cache-ttl:PT60S}") Duration ttl,
            Clock clock) {
        this.identity = identity;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String userId = request.getName();
        String password = String.valueOf(request.getCredentials());
        byte[] hash = hash(userId, password);
        Remembered known = remembered.get(userId);
        List<String> groups;
        if (known != null && known.until().isAfter(clock.instant()) && MessageDigest.isEqual(known.hash(), hash)) {
            groups = known.groups();
        } else {
            if (userId.isBlank() || !checkPassword(userId, password)) {
                remembered.remove(userId);
                throw new BadCredentialsException("用户名或密码错误");
            }
            groups = groupsOf(userId);
            if (!ttl.isZero()) {
                remembered.put(
                        userId, new Remembered(hash, groups, clock.instant().plus(ttl)));
            }
        }
        return authenticated(new CurrentUser(userId, groups));
    }

    /** A login the database cannot check is not a wrong password: the entry point answers it with 503. */
    private boolean checkPassword(String userId, String password) {
        try {
            return identity.checkPassword(userId, password);
        } catch (RuntimeException e) {
            throw databaseDownOr(e);
        }
    }

    private List<String> groupsOf(String userId) {
        try {
            return identity.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId)
                    .toList();
        } catch (RuntimeException e) {
            throw databaseDownOr(e);
        }
    }

    private static RuntimeException databaseDownOr(RuntimeException e) {
        return DatabaseFailures.unreachable(e) ? new AuthenticationServiceException("Database unreachable", e) : e;
    }

    static UsernamePasswordAuthenticationToken authenticated(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.groupIds().stream()
                        .map(g -> new SimpleGrantedAuthority("GROUP_" + g))
                        .toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] hash(String userId, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(userId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
