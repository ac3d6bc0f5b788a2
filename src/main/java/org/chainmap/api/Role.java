package org.chainmap.api;

import io.javalin.security.RouteRole;

/** What a bearer token may do; each role may do what the roles before it may. */
public enum Role implements RouteRole {
    /** reads: chains, analyses, lists and downloads */
    VIEWER,
    /** reads and imports */
    EDITOR,
    /** everything */
    ADMIN;

    boolean includes(Role required) {
        return compareTo(required) >= 0;
    }
}
