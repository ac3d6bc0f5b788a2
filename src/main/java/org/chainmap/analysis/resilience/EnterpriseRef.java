package org.chainmap.analysis.resilience;

/** An enterprise in a resilience answer. */
public record EnterpriseRef(String uscc, String name) {}
