package dev.lectern.diag;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known word for a misspelt key ("did you mean `title`?"). */
public final class DidYouMean {
    private DidYouMean() {}

    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "unknown key `titel`; did you mean `title`?" or "unknown key `x`; known keys: a, b". */
    public static String unknownKey(String what, String key, Collection<String> known) {
        return closest(key, known)
                .map(k -> "unknown " + what + " `" + key + "`; did you mean `" + k + "`?")
                .orElse("unknown " + what + " `" + key + "`; expected one of: " + String.join(", ", known));
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit ("titel" -> "title"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
