package io.tributary.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {
  @Test
  void writesEip55ChecksumsFromTheEipsOwnExamples() {
    for (final String example : new String[] {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
      assertThat(Address.fromHexString(example).toChecksumString()).isEqualTo(example);
      assertThat(Address.isValidChecksum(example)).isTrue();
    }
    assertThat(Address.isValidChecksum("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isFalse();
    assertThat(Address.isValidChecksum("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).isTrue();
  }

  @Test
  void buildsReservedModuleAddressesFromTheirLowBytes() {
    assertThat(Address.of(0xA7001).toHexString()).isEqualTo("0x00000000000000000000000000000000000a7001");
  }

  @Test
  void refusesAnythingButTwentyBytes() {
    assertThatThrownBy(() -> Address.fromHexString("0x1234")).hasMessageContaining("20 bytes");
  }
}
