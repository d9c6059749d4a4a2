package io.tributary.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.Test;

class RlpTest {
  /** {@code depth} lists, each holding the next, the innermost empty. */
  private static Bytes nested(final int depth) {
    Bytes item = Bytes.of(0xc0);
    for (int i = 1; i < depth; i++) {
      final Bytes inner = item;
      item = RLP.encodeList(w -> w.writeRLP(inner));
    }
    return item;
  }

  @Test
  void decodeItemReadsListsNestedUpToTheLimit() {
    final Bytes deepest = nested(Rlp.MAX_DEPTH);
    assertThat(Rlp.decodeItem(deepest).encode()).isEqualTo(deepest);
  }

  @Test
  void decodeItemRefusesListsNestedDeeperThanTheLimitInsteadOfOverflowingTheStack() {
    // 20,000 levels are 60 KB, well within a p2p frame or a BFT message, and overflowed the stack of the reading thread.
    for (final int depth : new int[] {Rlp.MAX_DEPTH + 1, 20_000}) {
      assertThatThrownBy(() -> Rlp.decodeItem(nested(depth))).isInstanceOf(DecodingException.class)
          .hasMessageContaining("nested deeper than " + Rlp.MAX_DEPTH)
          .satisfies(e -> assertThat(((DecodingException) e).error()).isEqualTo(DecodingError.INVALID_VALUE));
    }
  }
}
