package io.tributary.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.Test;

class ScryptTest {
  @Test
  void matchesRfc7914TestVectors() {
    assertThat(Bytes.wrap(Scrypt.derive(new byte[0], new byte[0], 16, 1, 1, 64)).toUnprefixedHexString()).isEqualTo(
        "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    assertThat(Bytes.wrap(Scrypt.derive("password".getBytes(StandardCharsets.US_ASCII),
        "NaCl".getBytes(StandardCharsets.US_ASCII), 1024, 8, 16, 64)).toUnprefixedHexString()).isEqualTo(
        "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
  }

  @Test
  void agreesWithBouncyCastleWhereverBouncyCastleAcceptsTheParameters() {
    final Random random = new Random(7357);
    for (int i = 0; i < 40; i++) {
      final byte[] password = new byte[random.nextInt(20)];
      final byte[] salt = new byte[random.nextInt(40)];
      random.nextBytes(password);
      random.nextBytes(salt);
      final int n = 1 << (1 + random.nextInt(9));
      final int r = 1 + random.nextInt(4);
      final int p = 1 + random.nextInt(3);
      assertThat(Scrypt.derive(password, salt, n, r, p, 32)).as("N=%d r=%d p=%d", n, r, p)
          .isEqualTo(SCrypt.generate(password, salt, n, r, p, 32));
    }
  }
}
