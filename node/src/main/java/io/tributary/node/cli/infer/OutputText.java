package io.tributary.node.cli.infer;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Hash;
import io.tributary.poa.TextNormalizer;
import io.tributary.poa.WordHasher;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;

/**
 * A model's output as the chain sees it (poa-engine SPEC.md section 1): its word hashes, and the audit hash
 * keccak-256(UTF-8(normalize(text))) that lets anyone holding the text show it is the one recorded.
 */
record OutputText(long[] words, Hash outputHash) {
  static OutputText of(final String text) {
    return new OutputText(WordHasher.hashText(text),
        Keccak256.hash(Bytes.wrap(TextNormalizer.normalize(text).getBytes(StandardCharsets.UTF_8))));
  }
}
