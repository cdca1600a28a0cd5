package org.eventline.model;

import java.util.List;

/**
 * A position someone holds: a security guarantee offered, a territory demanded.
 *
 * @param type          claim type from the cue files, e.g. SECURITY_GUARANTEE, TERRITORIAL_POSITION
 * @param holder        actor id of who holds the position
 * @param beneficiaries actor ids the claim is for
 * @param territories   place ids at stake
 * @param date          normalised date the position was held or stated, or null
 * @param condition     the condition attached, as written, or null
 * @param evidence      the sentence or clause that says it; {@code start}/{@code end} locate it in the body
 */
public record Claim(String id, String type, String holder, Stance stance, boolean negated,
                    List<String> beneficiaries, List<String> territories, String date, String condition,
                    String evidence, int start, int end, double confidence) {

    public Claim {
        beneficiaries = List.copyOf(beneficiaries);
        territories = List.copyOf(territories);
    }
}
