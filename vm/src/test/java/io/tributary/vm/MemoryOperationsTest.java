package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.vm.gas.CancunGasCalculator;
import io.tributary.vm.gas.GasCalculator;
import io.tributary.vm.testing.EvmHarness;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class MemoryOperationsTest {
  private final EvmHarness harness = new EvmHarness();
  private final GasCalculator gas = new CancunGasCalculator();

  @Test
  void memoryCostIsLinearPlusQuadratic() {
    assertThat(gas.memoryCost(1)).isEqualTo(3);
    assertThat(gas.memoryCost(32)).isEqualTo(96 + 2);
    assertThat(gas.memoryCost(2048)).isEqualTo(3 * 2048 + 2048L * 2048 / 512);
    assertThat(gas.memoryExpansionCost(32, 32)).isZero();
    assertThat(gas.memoryExpansionCost(1, 2)).isEqualTo(3);
  }

  @Test
  void mstoreChargesForTheWordsItTouches() {
    // PUSH1 1 PUSH1 0 MSTORE STOP: 3 + 3 + 3 + 3 (one word)
    assertThat(harness.run(code().push(1).push(0).op("MSTORE", "STOP").toString()).gasUsed(EvmHarness.GAS))
        .isEqualTo(12);
    // At offset 65504 the store reaches 2048 words.
    final ExecutionResult far = harness.run(code().push(1).push(65504).op("MSTORE", "STOP").toString());
    assertThat(far.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 3 + 3 + gas.memoryCost(2048));
  }

  @Test
  void msizeRoundsUpToWholeWords() {
    final String hex = code().push(1).push(33).op("MSTORE8", "MSIZE").returnTop().toString();
    assertThat(harness.returnedWord(hex).toUnsignedBigInteger()).isEqualTo(BigInteger.valueOf(64));
  }

  @Test
  void mloadReadsWhatMstoreWrote() {
    final String hex = code().push(0xabcdef).push(40).op("MSTORE").push(40).op("MLOAD").returnTop().toString();
    assertThat(harness.returnedWord(hex).toUnsignedBigInteger()).isEqualTo(BigInteger.valueOf(0xabcdef));
  }

  @Test
  void anEmptyRangeAtAHugeOffsetCostsNothing() {
    // RETURN(offset 2^200, size 0)
    final ExecutionResult result = harness.run(code().push(0).push(BigInteger.ONE.shiftLeft(200)).op("RETURN")
        .toString());
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(6);
  }

  @Test
  void anOffsetPast2To32RunsOutOfGas() {
    final ExecutionResult result = harness.run(code().push(1).push(1L << 33).op("MSTORE").toString());
    assertThat(result.haltReason()).isEqualTo(HaltReason.OUT_OF_GAS);
    assertThat(result.gasLeft()).isZero();
  }

  @Test
  void mcopyHandlesOverlappingRanges() {
    // Memory 0..31 = 0x0102..20; MCOPY(dst 1, src 0, 31) shifts it right by one byte.
    final Bytes word = Bytes.fromHexString("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
    final String hex = code().pushBytes(word).push(0).op("MSTORE").push(31).push(0).push(1).op("MCOPY")
        .push(32).push(0).op("RETURN").toString();
    final ExecutionResult result = harness.run(hex);
    assertThat(result.output()).isEqualTo(Bytes.concatenate(Bytes.of(1), word.slice(0, 31)));
  }

  @Test
  void mcopyChargesThreePerWordPlusExpansion() {
    // PUSH1 32 PUSH1 0 PUSH1 32 MCOPY STOP: 9 + 3 + 3 (one word copied) + memory for 2 words (6)
    final ExecutionResult result = harness.run(code().push(32).push(0).push(32).op("MCOPY", "STOP").toString());
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(9 + 3 + 3 + 6);
  }

  @Test
  void keccak256HashesAMemoryRange() {
    // keccak256 of 32 zero bytes
    final String hex = code().push(32).push(0).op("KECCAK256").returnTop().toString();
    assertThat(harness.returnedWord(hex)).isEqualTo(io.tributary.core.types.Hash.hash(Bytes.wrap(new byte[32])));
    final ExecutionResult result = harness.run(code().push(32).push(0).op("KECCAK256", "STOP").toString());
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 3 + 30 + 6 + 3);
  }
}
