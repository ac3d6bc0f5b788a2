package org.chainmap.analysis.referrals;

/** An enterprise on a path. */
public record EnterpriseRef(String uscc, String name) {}
