package io.corroborate.analysis.reposts;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Near-identical text: the Jaccard index of the two texts' word sets after normalisation (Unicode
 * NFKC, lower case, links removed, split on anything that is not a letter or digit). Texts with
 * fewer than {@link #MIN_WORDS} distinct words are never compared: short captions repeat by chance.
 */
public final class NearText {
    public static final int MIN_WORDS = 6;
    public static final double MIN_JACCARD = 0.9;
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NearText() {
    }

    /** The normalised word set, empty for a missing text. */
    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = LINK.matcher(t).replaceAll(" ");
        for (String w : NOT_WORD.split(t)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String w : small) {
            if (large.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** Whether both texts are long enough to compare and near-identical. */
    public static boolean nearIdentical(Set<String> a, Set<String> b) {
        if (a.size() < MIN_WORDS || b.size() < MIN_WORDS) {
            return false;
        }
        // the index cannot reach the threshold when the sizes differ too much
        if (Math.min(a.size(), b.size()) < MIN_JACCARD * Math.max(a.size(), b.size())) {
            return false;
        }
        return jaccard(a, b) >= MIN_JACCARD;
    }
}
