package io.tributary.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {
  private static byte[] ascii(final String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void digestsTheFipsVectorAndTheEmptyInput() {
    assertThat(HexFormat.of().formatHex(Sha256.digest(ascii("abc"))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(HexFormat.of().formatHex(Sha256.digest()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void partsAreDigestedAsTheirConcatenationAndEachCallStartsFresh() {
    assertThat(Sha256.digest(ascii("a"), ascii(""), ascii("bc"))).isEqualTo(Sha256.digest(ascii("abc")));
    assertThat(Sha256.digest(ascii("abc"))).isEqualTo(Sha256.digest(ascii("abc")));
  }
}
