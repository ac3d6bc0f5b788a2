package org.chainmap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bearer tokens the API accepts and the role of each. Only SHA-256 digests of the tokens are kept, and a
 * presented token is compared by its digest, so the secrets themselves are not held in memory after loading.
 *
 * <p>A tokens file has one token per line, {@code ROLE TOKEN [who]}, with {@code #} comments; the environment
 * variable {@code CHAINMAP_TOKENS} holds {@code role:token} pairs separated by commas.
 */
public final class AccessTokens {
    /** Tokens shorter than this are refused: they could be guessed. */
    static final int MIN_LENGTH = 16;

    private final Map<String, Role> roleByDigest;

    private AccessTokens(Map<String, Role> roleByDigest) {
        this.roleByDigest = Map.copyOf(roleByDigest);
    }

    public static AccessTokens none() {
        return new AccessTokens(Map.of());
    }

    /** Tokens of a role, for tests and for a configuration built in code. */
    public static AccessTokens of(Map<String, Role> roleByToken) {
        Map<String, Role> digests = new HashMap<>();
        roleByToken.forEach((token, role) -> digests.put(digest(checked(token, "token")), role));
        return new AccessTokens(digests);
    }

    /** The tokens of a file (if given) and of {@code CHAINMAP_TOKENS} (if set); bad lines fail naming the line. */
    public static AccessTokens load(Path file, String environment) {
        Map<String, Role> digests = new HashMap<>();
        if (file != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the tokens file " + file, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s+", 3);
                String where = file + ":" + (i + 1);
                if (fields.length < 2) {
                    throw new IllegalArgumentException(where + ": expected 'ROLE TOKEN [who]'");
                }
                digests.put(digest(checked(fields[1], where)), role(fields[0], where));
            }
        }
        if (environment != null && !environment.isBlank()) {
            for (String pair : environment.split(",")) {
                String[] fields = pair.strip().split(":", 2);
                if (fields.length < 2) {
                    throw new IllegalArgumentException("CHAINMAP_TOKENS: expected role:token, got '"
                            + (fields[0].length() > 12 ? fields[0].substring(0, 12) + "…" : fields[0]) + "'");
                }
                digests.put(digest(checked(fields[1], "CHAINMAP_TOKENS")), role(fields[0], "CHAINMAP_TOKENS"));
            }
        }
        return new AccessTokens(digests);
    }

    /** The role of a presented token, or empty when it is not one of ours. */
    Optional<Role> roleOf(String token) {
        return token == null || token.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(roleByDigest.get(digest(token)));
    }

    public boolean isEmpty() {
        return roleByDigest.isEmpty();
    }

    public int size() {
        return roleByDigest.size();
    }

    private static Role role(String name, String where) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    where + ": unknown role '" + name + "', expected viewer, editor or admin");
        }
    }

    private static String checked(String token, String where) {
        String t = token.strip();
        if (t.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(where + ": a token needs at least " + MIN_LENGTH + " characters");
        }
        return t;
    }

    private static String digest(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
