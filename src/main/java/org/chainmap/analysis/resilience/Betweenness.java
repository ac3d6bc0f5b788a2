package org.chainmap.analysis.resilience;

/** Normalised betweenness (0–1) of an enterprise in the local supply network. */
public record Betweenness(String uscc, String name, double score) {}
