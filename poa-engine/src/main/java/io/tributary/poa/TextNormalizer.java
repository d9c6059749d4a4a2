package io.tributary.poa;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Off-chain text normalisation (SPEC.md section 1): Unicode NFKC, then lower case (root locale, so a Turkish machine
 * gives the same words), then split into words on every code point that is not a letter or a digit.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalised text: NFKC then lower case. Its keccak is the audit hash of an output. */
  public static String normalize(final CharSequence text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** The words of already normalised text, in order. */
  public static List<String> splitWords(final String normalized) {
    final List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < normalized.length()) {
      final int cp = normalized.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(normalized.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(normalized.substring(start));
    }
    return words;
  }

  /** normalize then splitWords. */
  public static List<String> words(final CharSequence text) {
    return splitWords(normalize(text));
  }
}
