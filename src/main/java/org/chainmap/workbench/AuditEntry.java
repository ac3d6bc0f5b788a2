package org.chainmap.workbench;

import java.util.List;
import java.util.Map;

/**
 * One write as the audit log keeps it (SPEC section 10).
 *
 * @param at when, an ISO-8601 instant
 * @param by who: the {@code who} of the writer's token, {@code import} for an import
 * @param action {@code CREATE}, {@code UPDATE}, {@code STAGE}, {@code IMPORT} or {@code VISIT}
 * @param entity what kind of thing was written: {@code project}, {@code visit} or {@code import}
 * @param id which one
 * @param changes each changed field with its value before and after ({@code null} where there was or is none)
 */
public record AuditEntry(
        String at, String by, String action, String entity, String id, Map<String, List<Object>> changes) {}
