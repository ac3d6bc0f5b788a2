package org.chainmap.pipeline;

/** An enterprise a project is tied to: its investor or the enterprise that referred it. */
public record EnterpriseRef(String uscc, String name) {}
