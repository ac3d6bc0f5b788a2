package org.chainmap.analysis.resilience;

import org.chainmap.domain.EnterpriseRef;

/** A tie whose loss splits the local supply network; {@code a} has the smaller credit code. */
public record Bridge(EnterpriseRef a, EnterpriseRef b) {}
