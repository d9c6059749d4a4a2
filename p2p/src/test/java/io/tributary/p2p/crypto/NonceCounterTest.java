package io.tributary.p2p.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class NonceCounterTest {
  @Test
  void startsAtZeroAndCountsUpAsABigEndianCounterAfterFourZeroBytes() {
    final NonceCounter counter = new NonceCounter();
    assertThat(Bytes.wrap(counter.next())).isEqualTo(Bytes.fromHexString("0x000000000000000000000000"));
    assertThat(Bytes.wrap(counter.next())).isEqualTo(Bytes.fromHexString("0x000000000000000000000001"));
    for (int i = 2; i < 256; i++) {
      counter.next();
    }
    assertThat(Bytes.wrap(counter.next())).isEqualTo(Bytes.fromHexString("0x000000000000000000000100"));
    assertThat(counter.used()).isEqualTo(257);
  }

  @Test
  void neverHandsOutTheSameNonceTwice() {
    final NonceCounter counter = new NonceCounter();
    final Set<Bytes> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add(Bytes.wrap(counter.next()))).isTrue();
    }
  }

  @Test
  void refusesOnceTheLastOfTwoToTheSixtyFourNoncesIsUsedInsteadOfWrapping() {
    final NonceCounter counter = new NonceCounter(-2L);
    assertThat(Bytes.wrap(counter.next())).isEqualTo(Bytes.fromHexString("0x00000000fffffffffffffffe"));
    assertThat(Bytes.wrap(counter.next())).isEqualTo(Bytes.fromHexString("0x00000000ffffffffffffffff"));
    assertThatThrownBy(counter::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("exhausted");
    assertThatThrownBy(counter::next).isInstanceOf(IllegalStateException.class);
  }
}
