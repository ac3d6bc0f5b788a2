package org.chainmap.analysis.referrals;

/**
 * An enterprise a local enterprise could bring in (以企招企).
 *
 * @param linkId its gap link of highest gapScore, in any chain
 * @param linkName that link's name, and {@code linkNameEn} its English one ({@code null} where none was imported)
 * @param action the roadmap word of that link
 * @param score gapScore of that link × the path's strength
 */
public record Referral(
        String uscc,
        String name,
        String linkId,
        String linkName,
        String linkNameEn,
        String action,
        double score,
        ReferralPath path) {}
