package org.chainmap.api;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Set;

/**
 * Checks each API request before its handler runs: the client's rate (a download counting for {@value
 * Downloads#RATE_COST} requests), the size of what it sends, and its bearer
 * token against the role the route needs (SPEC section 6). Routes without a role (the web view's files, health)
 * are open. A refusal is a {@link Refused}, answered as a problem document.
 */
final class Guard {
    private final ApiSettings settings;
    private final RateLimiter limiter;

    Guard(ApiSettings settings) {
        this.settings = settings;
        this.limiter = settings.requestsPerMinute() == 0
                ? null
                : new RateLimiter(settings.requestsPerMinute(), System::nanoTime);
    }

    /** Runs before every matched route. */
    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            return;
        }
        limitRate(ctx);
        limitSize(ctx);
        authorise(ctx, (Role) roles.iterator().next());
    }

    /** The role a request's token carries, or null without a (valid) one. */
    Role roleOf(Context ctx) {
        AccessTokens.Grant grant = grantOf(ctx);
        return grant == null ? null : grant.role();
    }

    /** What a request's token grants, or null without a (valid) one. */
    AccessTokens.Grant grantOf(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return settings.tokens().grantOf(header.substring(7).strip()).orElse(null);
    }

    /** Who a write request writes as: the {@code who} of its token (the guard has checked it has one). */
    String writer(Context ctx) {
        AccessTokens.Grant grant = grantOf(ctx);
        if (grant == null) {
            throw Refused.tokenRequired(Role.EDITOR, "this request needs a bearer token of role editor");
        }
        return grant.who();
    }

    /** Whether this request may read: reads are open, or it carries a token of any role. */
    boolean mayRead(Context ctx) {
        return settings.readsOpen() || roleOf(ctx) != null;
    }

    private void authorise(Context ctx, Role required) {
        if (required == Role.VIEWER && settings.readsOpen()) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw Refused.tokenRequired(
                    required,
                    what(required) + " needs a bearer token of role "
                            + required.name().toLowerCase(Locale.ROOT) + " (header Authorization: Bearer …)");
        }
        Role role = roleOf(ctx);
        if (role == null) {
            throw Refused.tokenInvalid("the bearer token is not valid");
        }
        if (!role.includes(required)) {
            throw Refused.roleInsufficient(
                    required,
                    role,
                    what(required) + " needs role " + required.name().toLowerCase(Locale.ROOT) + ", the token has role "
                            + role.name().toLowerCase(Locale.ROOT));
        }
    }

    private static String what(Role required) {
        return required == Role.VIEWER ? "reading" : "this request";
    }

    private void limitRate(Context ctx) {
        if (limiter == null || (!settings.limitLoopback() && ApiSettings.isLoopback(ctx.ip()))) {
            return;
        }
        long wait = limiter.admit(ctx.ip(), Downloads.named(ctx) ? Downloads.RATE_COST : 1);
        if (wait > 0) {
            throw Refused.tooMany(wait);
        }
    }

    private void limitSize(Context ctx) {
        long length = ctx.contentLength();
        if (length > settings.maxUploadBytes()) {
            throw Refused.tooLarge(
                    length,
                    settings.maxUploadBytes(),
                    "the request body of " + length + " bytes is over the limit of " + settings.maxUploadBytes()
                            + " bytes");
        }
    }
}
