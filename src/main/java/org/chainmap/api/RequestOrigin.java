package org.chainmap.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks where a request comes from before anything answers it (SPEC section 15). On a server bound to loopback,
 * only a {@code Host} that names loopback itself is answered, so a site whose name is made to resolve to 127.0.0.1
 * (DNS rebinding) cannot read the open data from a visitor's browser. Where CORS origins are configured, their pages
 * get the CORS headers (and their preflight requests an answer), and a browser request from any other site is refused
 * before its route runs, so the refusal carries no data; a request of the server's own pages is always answered.
 */
final class RequestOrigin {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "::1", "0:0:0:0:0:0:0:1");

    private final ApiSettings settings;

    RequestOrigin(ApiSettings settings) {
        this.settings = settings;
    }

    /** Runs before every request, files of the web view included. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (settings.loopbackHostsOnly() && host != null && !namesLoopback(host)) {
            throw Refused.hostNotAllowed(
                    Params.shown(host),
                    "this server listens on loopback and answers only requests for localhost, "
                            + "127.0.0.1 or [::1], not for '" + Params.shown(host) + "'");
        }
        String origin = ctx.header("Origin");
        if (origin == null || settings.corsOrigins().isEmpty() || sameOrigin(origin, host)) {
            return;
        }
        if (!settings.corsOrigins().contains(origin)) {
            throw Refused.originNotAllowed(
                    Params.shown(origin), "requests from the origin '" + Params.shown(origin) + "' are not allowed");
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            String headers = ctx.header("Access-Control-Request-Headers");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", headers == null ? "Authorization, Content-Type" : headers);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(HttpStatus.NO_CONTENT);
            ctx.skipRemainingHandlers();
        }
    }

    /** Whether a {@code Host} header (a name or literal address, with or without a port) is a loopback one. */
    static boolean namesLoopback(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(1, end);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return LOOPBACK_NAMES.contains(name)
                || name.endsWith(".localhost")
                || (IPV4_LOOPBACK.matcher(name).matches() && octetsValid(name));
    }

    private static boolean octetsValid(String ipv4) {
        for (String part : ipv4.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameOrigin(String origin, String host) {
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
