package cn.qinglian.workflow.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.modulith.NamedInterface;

/**
 * What makes a record the same as another (unit, year, title …) as one SHA-256 hex string, for a unique
 * column: a second request for the same thing is refused by the database, not doubled.
 */
@NamedInterface("base")
public final class Fingerprint {

    private Fingerprint() {}

    /** The parts joined with a character no text holds, hashed. */
    public static String of(String... parts) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.join("\u0001", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
