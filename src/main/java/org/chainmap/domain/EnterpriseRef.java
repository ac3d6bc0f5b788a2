package org.chainmap.domain;

/** An enterprise named in an answer: its credit code and its name (null where the graph has none). */
public record EnterpriseRef(String uscc, String name) {}
