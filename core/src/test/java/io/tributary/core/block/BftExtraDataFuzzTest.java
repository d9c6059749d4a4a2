package io.tributary.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of the two seal-carrying encodings of finality, {@link BftExtraData} and
 * {@link CommitCertificate} (range sync takes the latter from peers): bad input is only a {@link DecodingException},
 * whatever decodes re-encodes to exactly the input, and its seals recover a signer or none without throwing.
 */
class BftExtraDataFuzzTest {
  @MethodSource("seeds")
  @FuzzTest
  void onlyDecodingErrorsEscapeAndWhatDecodesIsCanonical(final byte[] data) {
    final Bytes input = Bytes.wrap(data);
    try {
      final BftExtraData extra = BftExtraData.decode(input);
      assertThat(extra.encoded()).isEqualTo(input);
      assertThat(BftExtraData.decode(extra.encoded())).isEqualTo(extra);
      extra.proposerSeal().ifPresent(BftExtraDataFuzzTest::recover);
      extra.parentCommitSeals().forEach(BftExtraDataFuzzTest::recover);
    } catch (DecodingException expected) {
      // bad extra data
    }
    try {
      final CommitCertificate certificate = CommitCertificate.decode(input);
      assertThat(certificate.encoded()).isEqualTo(input);
      assertThat(CommitCertificate.decode(certificate.encoded())).isEqualTo(certificate);
      certificate.seals().forEach(BftExtraDataFuzzTest::recover);
    } catch (DecodingException expected) {
      // bad certificate
    }
  }

  private static void recover(final Signature seal) {
    SignatureAlgorithms.get().recoverPublicKey(BftExtraData.commitSealHash(Hash.ZERO), seal);
  }

  static Stream<byte[]> seeds() {
    final KeyPair key = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"));
    final Signature seal = SignatureAlgorithms.get().sign(BftExtraData.commitSealHash(Hash.EMPTY), key);
    final List<Address> validators = List.of(key.address(), Address.of(0xA7001));
    return Stream.of(
        new BftExtraData(Bytes.wrap(new byte[32]), validators, 2, Optional.of(seal), List.of(seal, seal)).encoded(),
        new BftExtraData(Bytes.wrap(new byte[32]), validators, 0, Optional.empty(), List.of()).encoded(),
        new CommitCertificate(Hash.EMPTY, 1, List.of(seal, seal, seal)).encoded()).map(Bytes::toArray);
  }
}
