package org.openluna.shared.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Remembers which login/password pairs already passed bcrypt against which stored hash, so that
 * Basic authorization on every request costs a lookup instead of a bcrypt run (about 60 ms at cost
 * 10 on these machines). Keys are SHA-256 digests, never passwords; an entry only counts while the
 * stored hash is the one it was verified against, so a password change invalidates it at once.
 * The cache may vanish at any time; it is per container and bounded.
 */
final class VerifiedPasswords {
    private final Map<String, String> hashByCredentials;

    VerifiedPasswords(int capacity) {
        this.hashByCredentials = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        });
    }

    boolean matches(String login, String password, String storedHash, BooleanSupplier bcrypt) {
        var key = digest(login, password);
        if (storedHash.equals(hashByCredentials.get(key))) {
            return true;
        }
        if (!bcrypt.getAsBoolean()) {
            return false;
        }
        hashByCredentials.put(key, storedHash);
        return true;
    }

    private static String digest(String login, String password) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(login.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
