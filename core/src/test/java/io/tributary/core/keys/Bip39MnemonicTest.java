package io.tributary.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Bip39MnemonicTest {
  static final String HARDHAT = "test test test test test test test test test test test junk";

  @Test
  void encodesAllZeroEntropyAsTheBip39VectorPhrase() {
    // Trezor's BIP-39 vector 1: 16 zero bytes.
    assertThat(Bip39Mnemonic.fromEntropy(new byte[16]).phrase()).isEqualTo(
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
  }

  @Test
  void derivesTheTrezorVectorSeedWithPassphraseTrezor() {
    assertThat(Bip39Mnemonic.parse("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        + "abandon about").toSeed("TREZOR").toUnprefixedHexString()).isEqualTo(
        "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04");
  }

  @Test
  void acceptsTheHardhatMnemonicAndRoundTripsGeneratedOnes() {
    assertThat(Bip39Mnemonic.parse(HARDHAT).words()).hasSize(12);
    final Bip39Mnemonic generated = Bip39Mnemonic.generate(256);
    assertThat(generated.words()).hasSize(24);
    assertThat(Bip39Mnemonic.parse(generated.phrase()).phrase()).isEqualTo(generated.phrase());
  }

  @Test
  void rejectsABadChecksumAnUnknownWordAndAWrongLength() {
    assertThatThrownBy(() -> Bip39Mnemonic.parse("test test test test test test test test test test test test"))
        .hasMessageContaining("checksum");
    assertThatThrownBy(() -> Bip39Mnemonic.parse("test test test test test test test test test test test junkk"))
        .hasMessageContaining("word 12");
    assertThatThrownBy(() -> Bip39Mnemonic.parse("test junk")).hasMessageContaining("12, 15, 18, 21 or 24");
  }

  @Test
  void neverPrintsItsWords() {
    assertThat(Bip39Mnemonic.parse(HARDHAT).toString()).doesNotContain("junk");
  }
}
