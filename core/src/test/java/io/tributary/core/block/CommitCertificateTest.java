package io.tributary.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class CommitCertificateTest {
  private static final Hash BLOCK = Hash.wrap(Bytes32.fromHexString("0x" + "ab".repeat(32)));

  @Test
  void roundTripsThroughItsEncoding() {
    final KeyPair a = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString("0x" + "01".repeat(32)));
    final KeyPair b = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString("0x" + "02".repeat(32)));
    final CommitCertificate cert = new CommitCertificate(BLOCK, 3, List.of(
        SignatureAlgorithms.get().sign(BftExtraData.commitSealHash(BLOCK), a),
        SignatureAlgorithms.get().sign(BftExtraData.commitSealHash(BLOCK), b)));

    assertThat(CommitCertificate.decode(cert.encoded())).isEqualTo(cert);
  }

  @Test
  void refusesASealThatIsNot65Bytes() {
    final Bytes bad = Bytes.fromHexString("0xe6a0" + "ab".repeat(32) + "03" + "c3" + "820102");

    assertThatThrownBy(() -> CommitCertificate.decode(bad)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("65 bytes");
  }

  @Test
  void refusesTrailingBytes() {
    final Bytes encoded = new CommitCertificate(BLOCK, 0, List.of()).encoded();

    assertThatThrownBy(() -> CommitCertificate.decode(Bytes.concatenate(encoded, Bytes.of(0))))
        .isInstanceOf(DecodingException.class);
  }
}
