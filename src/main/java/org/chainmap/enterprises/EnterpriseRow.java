package org.chainmap.enterprises;

/** An enterprise in a search result. */
public record EnterpriseRow(String uscc, String name, String region, boolean local, String scale) {}
