package org.chainmap.classify;

/** An enterprise assigned to a link with the confidence of the rules and why. */
public record Assignment(String uscc, String linkId, double confidence, Basis evidence) {}
