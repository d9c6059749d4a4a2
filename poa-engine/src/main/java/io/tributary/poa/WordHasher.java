package io.tributary.poa;

import io.tributary.core.crypto.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A word's on-chain form: the first 8 bytes of keccak-256 of its UTF-8 bytes, read big-endian as a uint64. */
public final class WordHasher {
  private WordHasher() {}

  public static long hash(final String word) {
    final byte[] digest = Keccak256.digest(word.getBytes(StandardCharsets.UTF_8));
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (digest[i] & 0xFFL);
    }
    return h;
  }

  public static long[] hashAll(final List<String> words) {
    final long[] hashes = new long[words.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = hash(words.get(i));
    }
    return hashes;
  }

  /** The word hashes of raw text: normalise, split, hash. */
  public static long[] hashText(final CharSequence text) {
    return hashAll(TextNormalizer.words(text));
  }
}
