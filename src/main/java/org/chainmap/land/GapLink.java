package org.chainmap.land;

import org.chainmap.analysis.gaps.GapStatus;

/** A gap link that could move onto a parcel: a link of a chain its park or town focuses on, and its gap. */
public record GapLink(String linkId, String name, String nameEn, String chainId, GapStatus status, double gapScore) {}
