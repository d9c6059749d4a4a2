package io.tributary.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class WeiTest {
  @Test
  void countsEighteenDecimalsToATrib() {
    assertThat(Wei.ofTrib(10_000).toBigInteger()).isEqualTo(BigInteger.TEN.pow(22));
  }

  @Test
  void neverWrapsAroundOnOverflowOrUnderflow() {
    final Wei max = Wei.of(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));
    assertThatThrownBy(() -> max.add(Wei.of(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Wei.of(1).subtract(Wei.of(2))).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("underflow");
    assertThat(Wei.of(5).subtract(Wei.of(2))).isEqualTo(Wei.of(3));
  }

  @Test
  void printsShortHexQuantities() {
    assertThat(Wei.ZERO.toShortHexString()).isEqualTo("0x0");
    assertThat(Wei.of(255).toShortHexString()).isEqualTo("0xff");
  }
}
