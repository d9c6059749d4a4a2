package io.tributary.p2p.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class SessionKeysTest {
  private static final Bytes SECRET = Bytes.fromHexString("0x" + "11".repeat(32));
  private static final Bytes INITIATOR_NONCE = Bytes.fromHexString("0x" + "22".repeat(32));
  private static final Bytes RESPONDER_NONCE = Bytes.fromHexString("0x" + "33".repeat(32));
  private static final Bytes AUTH = Bytes.fromHexString("0xaa");
  private static final Bytes ACK = Bytes.fromHexString("0xbb");

  @Test
  void hkdfSha256MatchesRfc5869TestCaseOne() {
    final byte[] okm = SessionKeys.hkdfSha256(Bytes.fromHexString("0x" + "0b".repeat(22)).toArray(),
        Bytes.fromHexString("0x000102030405060708090a0b0c").toArray(),
        Bytes.fromHexString("0xf0f1f2f3f4f5f6f7f8f9").toArray(), 42);
    assertThat(Bytes.wrap(okm)).isEqualTo(Bytes.fromHexString(
        "0x3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
  }

  @Test
  void theInitiatorSendsWithTheKeyTheResponderReceivesWithAndViceVersa() {
    final SessionKeys initiator = SessionKeys.derive(SECRET, INITIATOR_NONCE, RESPONDER_NONCE, AUTH, ACK, true);
    final SessionKeys responder = SessionKeys.derive(SECRET, INITIATOR_NONCE, RESPONDER_NONCE, AUTH, ACK, false);
    assertThat(initiator.egress()).isEqualTo(responder.ingress());
    assertThat(initiator.ingress()).isEqualTo(responder.egress());
  }

  @Test
  void eachDirectionHasItsOwnKey() {
    final SessionKeys keys = SessionKeys.derive(SECRET, INITIATOR_NONCE, RESPONDER_NONCE, AUTH, ACK, true);
    assertThat(keys.egress()).isNotEqualTo(keys.ingress());
  }

  @Test
  void everyInputChangesTheKeys() {
    final SessionKeys base = SessionKeys.derive(SECRET, INITIATOR_NONCE, RESPONDER_NONCE, AUTH, ACK, true);
    final Bytes other = Bytes.fromHexString("0x" + "44".repeat(32));
    assertThat(SessionKeys.derive(other, INITIATOR_NONCE, RESPONDER_NONCE, AUTH, ACK, true).egress())
        .isNotEqualTo(base.egress());
    assertThat(SessionKeys.derive(SECRET, other, RESPONDER_NONCE, AUTH, ACK, true).egress())
        .isNotEqualTo(base.egress());
    assertThat(SessionKeys.derive(SECRET, INITIATOR_NONCE, other, AUTH, ACK, true).egress())
        .isNotEqualTo(base.egress());
    assertThat(SessionKeys.derive(SECRET, INITIATOR_NONCE, RESPONDER_NONCE, ACK, AUTH, true).egress())
        .isNotEqualTo(base.egress());
  }

  @Test
  void neverPrintsTheKeys() {
    final SessionKeys keys = SessionKeys.derive(SECRET, INITIATOR_NONCE, RESPONDER_NONCE, AUTH, ACK, true);
    assertThat(keys.toString()).doesNotContain(keys.egress().toUnprefixedHexString().substring(0, 8));
  }
}
