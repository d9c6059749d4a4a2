package io.tributary.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Address;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class Bip32KeyTest {
  private static final Bytes TV1_SEED = Bytes.fromHexString("0x000102030405060708090a0b0c0d0e0f");

  @Test
  void derivesTheMasterKeyOfBip32TestVectorOne() {
    final Bip32Key master = Bip32Key.master(TV1_SEED);
    assertThat(master.privateKey().toUnprefixedHexString())
        .isEqualTo("e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35");
    assertThat(master.chainCode().toUnprefixedHexString())
        .isEqualTo("873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508");
  }

  @Test
  void followsHardenedAndNormalStepsOfBip32TestVectorOne() {
    final Bip32Key hardened = Bip32Key.master(TV1_SEED).derive("m/0'");
    assertThat(hardened.privateKey().toUnprefixedHexString())
        .isEqualTo("edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea");
    assertThat(hardened.chainCode().toUnprefixedHexString())
        .isEqualTo("47fdacbd0f1097043b78c63c20c34ef4ed9a111d980047ad16282c7ae6236141");
    final Bip32Key deep = Bip32Key.master(TV1_SEED).derive("m/0'/1/2'/2/1000000000");
    assertThat(deep.privateKey().toUnprefixedHexString())
        .isEqualTo("471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8");
    assertThat(deep.chainCode().toUnprefixedHexString())
        .isEqualTo("c783e67b921d2beb8f6b389cc646d7263b4145701dadd2161548a8b078e65e9e");
  }

  @Test
  void derivesTheHardhatAccountsFromTheTestMnemonic() {
    final Bytes seed = Bip39Mnemonic.parse(Bip39MnemonicTest.HARDHAT).toSeed("");
    assertThat(Bip32Key.ethereumAccount(seed, 0).address())
        .isEqualTo(Address.fromHexString("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    assertThat(Bip32Key.ethereumAccount(seed, 0).privateKey().toHexString())
        .isEqualTo("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    assertThat(Bip32Key.ethereumAccount(seed, 1).address().toChecksumString())
        .isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    assertThat(Bip32Key.ethereumAccount(seed, 9).address().toChecksumString())
        .isEqualTo("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
  }

  @Test
  void rejectsMalformedPaths() {
    final Bip32Key master = Bip32Key.master(TV1_SEED);
    assertThatThrownBy(() -> master.derive("44'/60'")).hasMessageContaining("starts with m/");
    assertThatThrownBy(() -> master.derive("m/x")).hasMessageContaining("bad step");
    assertThatThrownBy(() -> master.derive("m/2147483648")).hasMessageContaining("out of range");
  }
}
