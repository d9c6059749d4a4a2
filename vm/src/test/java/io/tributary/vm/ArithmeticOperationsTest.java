package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.vm.testing.EvmHarness;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class ArithmeticOperationsTest {
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
  private final EvmHarness harness = new EvmHarness();

  /** Runs {@code a OP b} (a on top) and answers the result. */
  private BigInteger binary(final String op, final BigInteger a, final BigInteger b) {
    return word(code().push(b).push(a).op(op).returnTop().toString());
  }

  private BigInteger word(final String hexCode) {
    final Bytes32 out = harness.returnedWord(hexCode);
    return out.toUnsignedBigInteger();
  }

  private static BigInteger big(final long value) {
    return BigInteger.valueOf(value);
  }

  private static BigInteger negative(final long value) {
    return BigInteger.ONE.shiftLeft(256).subtract(big(value));
  }

  @Test
  void addWrapsAroundAt2To256() {
    assertThat(binary("ADD", MAX, big(2))).isEqualTo(big(1));
  }

  @Test
  void subWrapsBelowZero() {
    assertThat(binary("SUB", big(1), big(2))).isEqualTo(MAX);
  }

  @Test
  void mulKeepsTheLow256Bits() {
    assertThat(binary("MUL", MAX, MAX)).isEqualTo(big(1));
  }

  @Test
  void divisionByZeroGivesZero() {
    assertThat(binary("DIV", big(7), big(0))).isZero();
    assertThat(binary("SDIV", big(7), big(0))).isZero();
    assertThat(binary("MOD", big(7), big(0))).isZero();
    assertThat(binary("SMOD", big(7), big(0))).isZero();
  }

  @Test
  void sdivTruncatesNegativeQuotientsTowardsZero() {
    assertThat(binary("SDIV", negative(7), big(2))).isEqualTo(negative(3));
  }

  @Test
  void smodTakesTheSignOfTheDividend() {
    assertThat(binary("SMOD", negative(7), big(3))).isEqualTo(negative(1));
    assertThat(binary("SMOD", big(7), negative(3))).isEqualTo(big(1));
  }

  @Test
  void addModDoesNotWrapTheIntermediateSum() {
    final String hex = code().push(big(10)).push(big(2)).push(MAX).op("ADDMOD").returnTop().toString();
    assertThat(word(hex)).isEqualTo(MAX.add(big(2)).mod(big(10)));
  }

  @Test
  void mulModReducesTheFullProduct() {
    final String hex = code().push(big(12345)).push(MAX).push(MAX).op("MULMOD").returnTop().toString();
    assertThat(word(hex)).isEqualTo(MAX.multiply(MAX).mod(big(12345)));
  }

  @Test
  void expWrapsAndChargesFiftyGasPerExponentByte() {
    assertThat(binary("EXP", big(2), big(255))).isEqualTo(BigInteger.ONE.shiftLeft(255));
    assertThat(binary("EXP", big(2), big(256))).isZero();
    // PUSH2 0x0100 (exponent, 2 bytes) PUSH1 2 EXP STOP: 3 + 3 + 10 + 2 * 50
    final ExecutionResult result = harness.run(code().push(256).push(2).op("EXP", "STOP").toString());
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 3 + 10 + 100);
  }

  @Test
  void signExtendCopiesTheSignBitOfTheChosenByte() {
    assertThat(binary("SIGNEXTEND", big(0), big(0xff))).isEqualTo(MAX);
    assertThat(binary("SIGNEXTEND", big(0), big(0x7f))).isEqualTo(big(0x7f));
    assertThat(binary("SIGNEXTEND", big(31), big(0xff))).isEqualTo(big(0xff));
  }

  @Test
  void comparisonsDistinguishSignedFromUnsigned() {
    assertThat(binary("LT", big(1), MAX)).isEqualTo(big(1));
    assertThat(binary("SLT", big(1), MAX)).isZero();
    assertThat(binary("SGT", big(1), MAX)).isEqualTo(big(1));
    assertThat(binary("GT", big(1), MAX)).isZero();
    assertThat(binary("EQ", MAX, MAX)).isEqualTo(big(1));
    assertThat(word(code().push(0).op("ISZERO").returnTop().toString())).isEqualTo(big(1));
  }

  @Test
  void bitwiseOperationsWorkOnWholeWords() {
    assertThat(binary("AND", MAX, big(0xf0))).isEqualTo(big(0xf0));
    assertThat(binary("OR", big(0x0f), big(0xf0))).isEqualTo(big(0xff));
    assertThat(binary("XOR", MAX, MAX)).isZero();
    assertThat(word(code().push(0).op("NOT").returnTop().toString())).isEqualTo(MAX);
  }

  @Test
  void byteCountsFromTheMostSignificantByte() {
    assertThat(binary("BYTE", big(31), big(0xab))).isEqualTo(big(0xab));
    assertThat(binary("BYTE", big(0), BigInteger.valueOf(0xcd).shiftLeft(248))).isEqualTo(big(0xcd));
    assertThat(binary("BYTE", big(32), MAX)).isZero();
  }

  @Test
  void shiftsOf256OrMoreClearOrFillWithTheSign() {
    assertThat(binary("SHL", big(4), big(1))).isEqualTo(big(16));
    assertThat(binary("SHL", big(256), big(1))).isZero();
    assertThat(binary("SHR", big(4), big(0x100))).isEqualTo(big(0x10));
    assertThat(binary("SAR", big(300), negative(5))).isEqualTo(MAX);
    assertThat(binary("SAR", big(1), negative(4))).isEqualTo(negative(2));
  }
}
