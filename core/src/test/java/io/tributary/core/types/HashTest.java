package io.tributary.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashTest {
  @Test
  void knowsTheWellKnownEmptyHashes() {
    assertThat(Hash.EMPTY.toHexString())
        .isEqualTo("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    assertThat(Hash.EMPTY_TRIE_HASH.toHexString())
        .isEqualTo("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
    assertThat(Hash.EMPTY_LIST_HASH.toHexString())
        .isEqualTo("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
  }
}
