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
 * variable {@code CHAINMAP_TOKENS} holds {@code role:token} pairs separated by commas. The {@code who} of a line names
 * the person or system writing with that token in the audit log; a token without one writes as its role's name.
 */
public final class AccessTokens {
    /** Tokens shorter than this are refused: they could be guessed. */
    static final int MIN_LENGTH = 16;

    /** What a token grants: its role, and who writes with it. */
    public record Grant(Role role, String who) {
        public Grant {
            java.util.Objects.requireNonNull(role, "role");
            who = who == null || who.isBlank() ? role.name().toLowerCase(Locale.ROOT) : who.strip();
        }
    }

    private final Map<String, Grant> grantByDigest;

    private AccessTokens(Map<String, Grant> grantByDigest) {
        this.grantByDigest = Map.copyOf(grantByDigest);
    }

    public static AccessTokens none() {
        return new AccessTokens(Map.of());
    }

    /** Tokens of a role, each writing as its role's name, for tests and for a configuration built in code. */
    public static AccessTokens of(Map<String, Role> roleByToken) {
        Map<String, Grant> grants = new HashMap<>();
        roleByToken.forEach((token, role) -> grants.put(token, new Grant(role, null)));
        return granting(grants);
    }

    /** Tokens with their role and writer. */
    public static AccessTokens granting(Map<String, Grant> grantByToken) {
        Map<String, Grant> digests = new HashMap<>();
        grantByToken.forEach((token, grant) -> digests.put(digest(checked(token, "token")), grant));
        return new AccessTokens(digests);
    }

    /** The tokens of a file (if given) and of {@code CHAINMAP_TOKENS} (if set); bad lines fail naming the line. */
    public static AccessTokens load(Path file, String environment) {
        Map<String, Grant> digests = new HashMap<>();
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
                digests.put(
                        digest(checked(fields[1], where)),
                        new Grant(role(fields[0], where), fields.length > 2 ? fields[2] : null));
            }
        }
        if (environment != null && !environment.isBlank()) {
            for (String pair : environment.split(",")) {
                String[] fields = pair.strip().split(":", 2);
                if (fields.length < 2) {
                    throw new IllegalArgumentException("CHAINMAP_TOKENS: expected role:token, got '"
                            + (fields[0].length() > 12 ? fields[0].substring(0, 12) + "…" : fields[0]) + "'");
                }
                digests.put(
                        digest(checked(fields[1], "CHAINMAP_TOKENS")),
                        new Grant(role(fields[0], "CHAINMAP_TOKENS"), null));
            }
        }
        return new AccessTokens(digests);
    }

    /** The role of a presented token, or empty when it is not one of ours. */
    Optional<Role> roleOf(String token) {
        return grantOf(token).map(Grant::role);
    }

    /** What a presented token grants, or empty when it is not one of ours. */
    Optional<Grant> grantOf(String token) {
        return token == null || token.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(grantByDigest.get(digest(token)));
    }

    public boolean isEmpty() {
        return grantByDigest.isEmpty();
    }

    public int size() {
        return grantByDigest.size();
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
