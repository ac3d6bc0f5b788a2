package org.chainmap.evaluation;

/**
 * A class of the per-mu evaluation, such as A: an enterprise of rank {@code r} among {@code n} belongs to the first
 * class (best first) whose cut is at least {@code r / n}.
 *
 * @param cut the largest {@code r / n} in the class; null for the last class, which takes the rest
 * @param fundRatio the share of policy funds the class keeps, as a fraction (0.8 for 80%)
 */
public record EvaluationClass(String name, Double cut, double fundRatio) {
    public EvaluationClass {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a class needs a name");
        }
        if (cut != null && !(cut > 0 && cut <= 1)) {
            throw new IllegalArgumentException("class " + name + ": cut must be above 0 and at most 1, got " + cut);
        }
        if (!(fundRatio >= 0 && fundRatio <= 1)) {
            throw new IllegalArgumentException(
                    "class " + name + ": fund ratio must be between 0 and 1, got " + fundRatio);
        }
    }
}
