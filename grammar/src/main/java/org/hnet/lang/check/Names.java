package org.hnet.lang.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Suggestions for misspelt names: the closest known name within a small edit distance. */
final class Names {

  private Names() {}

  /** The known name closest to {@code name}, if one is within two edits (or a third of it). */
  static Optional<String> closest(String name, Collection<String> known) {
    int limit = Math.max(2, name.length() / 3);
    return known.stream()
        .filter(candidate -> distance(name, candidate) <= limit)
        .min(Comparator.comparingInt((String candidate) -> distance(name, candidate)));
  }

  /** "did you mean 'x'?", or a list of the known names when none is close. */
  static String hint(String name, List<String> known, String what) {
    Optional<String> close = closest(name, known);
    if (close.isPresent()) {
      return "did you mean '" + close.get() + "'?";
    }
    List<String> shown = known.size() > 8 ? known.subList(0, 8) : known;
    String more = known.size() > 8 ? ", ..." : "";
    return known.isEmpty() ? "" : what + ": " + String.join(", ", shown) + more;
  }

  /** The Levenshtein distance between two names. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
