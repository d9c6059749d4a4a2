package io.tributary.vm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Address;
import org.junit.jupiter.api.Test;

class PrecompileRegistryTest {
  private final PrecompileRegistry cancun = PrecompileRegistry.cancun();

  @Test
  void cancunHasTheTenPrecompilesAtAddressesOneToTen() {
    assertThat(cancun.size()).isEqualTo(10);
    assertThat(cancun.addresses()).containsExactly(
        Address.of(1), Address.of(2), Address.of(3), Address.of(4), Address.of(5),
        Address.of(6), Address.of(7), Address.of(8), Address.of(9), Address.of(10));
    assertThat(cancun.get(Address.of(1))).isInstanceOf(EcRecoverPrecompile.class);
    assertThat(cancun.get(Address.of(5))).isInstanceOf(ModExpPrecompile.class);
    assertThat(cancun.get(Address.of(8))).isInstanceOf(AltBn128PairingPrecompile.class);
    assertThat(cancun.get(Address.of(10))).isInstanceOf(KzgPointEvaluationPrecompile.class);
  }

  @Test
  void addressesParsedFromHexFindTheirContract() {
    assertThat(cancun.get(Address.fromHexString("0x0000000000000000000000000000000000000009")))
        .isInstanceOf(Blake2bfMessageDigestPrecompile.class);
    assertThat(cancun.get(Address.fromHexString("0x000000000000000000000000000000000000000b"))).isNull();
    assertThat(cancun.isPrecompile(Address.ZERO)).isFalse();
  }

  @Test
  void aLaterForkAddsToACopyAndLeavesCancunUnchanged() {
    final PrecompileRegistry later = cancun.with(Address.of(0x0b), new IdentityPrecompile());
    assertThat(later.size()).isEqualTo(11);
    assertThat(cancun.find(Address.of(0x0b))).isEmpty();
  }

  @Test
  void everyContractHasAName() {
    for (final Address address : cancun.addresses()) {
      assertThat(cancun.get(address).name()).isNotBlank();
    }
  }
}
