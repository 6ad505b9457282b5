package lab.grader.child;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals result lines with an HMAC over a key only the grader and {@link ChildMain} know: the grader
 * makes a fresh key per child JVM and writes it to the child's stdin, which ChildMain reads to the
 * end before any student class is loaded. A line is {@code <seq> <hmac> <json>}; the grader accepts
 * only lines whose HMAC matches and whose sequence number is the next one, so a student's forged,
 * copied or replayed line is ignored.
 */
public final class EventSeal {
    private static final String ALGORITHM = "HmacSHA256";
    private final Mac mac;
    private long next;

    private EventSeal(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /** A fresh random key, as text for the child's stdin. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** The seal for {@code hexKey}; the grader and the child each hold one. */
    public static EventSeal of(String hexKey) {
        return new EventSeal(HexFormat.of().parseHex(hexKey.strip()));
    }

    /** The line to write for {@code json}, with the next sequence number. */
    public synchronized String seal(String json) {
        long seq = next++;
        return seq + " " + hmac(seq, json) + " " + json;
    }

    /**
     * The JSON of {@code line} if it carries a valid seal and the next sequence number; empty for
     * anything else (the line is then ignored, and the sequence does not advance).
     */
    public synchronized Optional<String> open(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        long seq;
        try {
            seq = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (seq != next || !MessageDigest.isEqual(hmac(seq, parts[2]).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        next++;
        return Optional.of(parts[2]);
    }

    private String hmac(long seq, String json) {
        byte[] digest = mac.doFinal((seq + " " + json).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
