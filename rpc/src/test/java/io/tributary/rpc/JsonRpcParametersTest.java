package io.tributary.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class JsonRpcParametersTest {
  @Test
  void parsesCanonicalQuantities() {
    assertThat(JsonRpcParameters.parseQuantity("0x0", "q")).isEqualTo(BigInteger.ZERO);
    assertThat(JsonRpcParameters.parseQuantity("0x1cbd", "q")).isEqualTo(BigInteger.valueOf(7357));
  }

  @Test
  void rejectsQuantitiesWithLeadingZerosMissingPrefixOrBadDigits() {
    assertThatThrownBy(() -> JsonRpcParameters.parseQuantity("0x01", "nonce")).hasMessageContaining("leading zeros");
    assertThatThrownBy(() -> JsonRpcParameters.parseQuantity("12", "nonce")).hasMessageContaining("0x-prefixed");
    assertThatThrownBy(() -> JsonRpcParameters.parseQuantity("0x", "nonce")).hasMessageContaining("0x-prefixed");
    assertThatThrownBy(() -> JsonRpcParameters.parseQuantity("0xg1", "nonce")).hasMessageContaining("not a hex digit");
    assertThatThrownBy(() -> JsonRpcParameters.parseQuantity("0x1" + "0".repeat(64), "nonce"))
        .hasMessageContaining("256 bits");
  }
}
