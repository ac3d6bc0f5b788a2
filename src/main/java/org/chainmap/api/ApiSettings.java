package org.chainmap.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP app guards itself.
 *
 * @param readsOpen       reads need no token (the default on a loopback address only)
 * @param tokens          the bearer tokens and their roles; writes always need an editor token
 * @param maxUploadBytes  largest request body accepted (an import upload); larger ones get 413
 * @param requestsPerMinute per client, over all API routes; 0 for no limit
 * @param limitLoopback   whether clients on the loopback address count against the limit too
 * @param corsOrigins     origins allowed to call the API from a browser page of theirs; none by default
 * @param idleTimeout     a connection idle this long is closed
 * @param loopbackHostsOnly answer only requests whose {@code Host} names the loopback interface (a server bound to
 *     loopback, so that a page of another site cannot reach it through a name that resolves to 127.0.0.1)
 */
public record ApiSettings(
        boolean readsOpen,
        AccessTokens tokens,
        long maxUploadBytes,
        int requestsPerMinute,
        boolean limitLoopback,
        List<String> corsOrigins,
        Duration idleTimeout,
        boolean loopbackHostsOnly) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    public ApiSettings {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        corsOrigins = List.copyOf(corsOrigins);
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be positive, got " + maxUploadBytes);
        }
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("the rate limit must not be negative, got " + requestsPerMinute);
        }
    }

    /** The defaults for a server bound to {@code host}: reads open on loopback only, no tokens, no CORS. */
    public static ApiSettings defaults(String host) {
        return new ApiSettings(
                isLoopback(host),
                AccessTokens.none(),
                DEFAULT_MAX_UPLOAD_BYTES,
                DEFAULT_REQUESTS_PER_MINUTE,
                false,
                List.of(),
                DEFAULT_IDLE_TIMEOUT,
                isLoopback(host));
    }

    public ApiSettings withTokens(AccessTokens t) {
        return new ApiSettings(
                readsOpen,
                t,
                maxUploadBytes,
                requestsPerMinute,
                limitLoopback,
                corsOrigins,
                idleTimeout,
                loopbackHostsOnly);
    }

    public ApiSettings withReadsOpen(boolean open) {
        return new ApiSettings(
                open,
                tokens,
                maxUploadBytes,
                requestsPerMinute,
                limitLoopback,
                corsOrigins,
                idleTimeout,
                loopbackHostsOnly);
    }

    public ApiSettings withUploadLimit(long bytes) {
        return new ApiSettings(
                readsOpen,
                tokens,
                bytes,
                requestsPerMinute,
                limitLoopback,
                corsOrigins,
                idleTimeout,
                loopbackHostsOnly);
    }

    public ApiSettings withRateLimit(int perMinute, boolean loopbackToo) {
        return new ApiSettings(
                readsOpen, tokens, maxUploadBytes, perMinute, loopbackToo, corsOrigins, idleTimeout, loopbackHostsOnly);
    }

    public ApiSettings withCorsOrigins(List<String> origins) {
        return new ApiSettings(
                readsOpen,
                tokens,
                maxUploadBytes,
                requestsPerMinute,
                limitLoopback,
                origins,
                idleTimeout,
                loopbackHostsOnly);
    }

    /**
     * True for a loopback address or name ({@code 127.0.0.1}, {@code ::1}, {@code localhost}); a literal address, as
     * a client's is, needs no name lookup.
     */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
