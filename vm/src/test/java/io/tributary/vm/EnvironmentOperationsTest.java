package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.testing.Bytecode;
import io.tributary.vm.testing.EvmHarness;
import java.math.BigInteger;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class EnvironmentOperationsTest {
  private final EvmHarness harness = new EvmHarness();

  private Bytes32 returned(final Bytecode code) {
    return harness.returnedWord(code.toString());
  }

  private Bytes32 returnedFromCall(final Bytecode code, final Wei value, final Bytes input) {
    harness.world.contract(EvmHarness.CONTRACT, code.toString());
    return Bytes32.wrap(harness.call(EvmHarness.CONTRACT, value, input, EvmHarness.GAS).output());
  }

  private static Bytes32 word(final long value) {
    return Bytes32.leftPad(Bytes.ofUnsignedLong(value));
  }

  private static Bytes32 word(final Bytes value) {
    return Bytes32.leftPad(value);
  }

  @Test
  void addressCallerAndOriginNameTheFrameAndTransaction() {
    assertThat(returned(code().op("ADDRESS").returnTop())).isEqualTo(word(EvmHarness.CONTRACT));
    assertThat(returned(code().op("CALLER").returnTop())).isEqualTo(word(EvmHarness.SENDER));
    assertThat(returned(code().op("ORIGIN").returnTop())).isEqualTo(word(EvmHarness.SENDER));
  }

  @Test
  void callValueAndCallDataComeFromTheMessage() {
    assertThat(returnedFromCall(code().op("CALLVALUE").returnTop(), Wei.of(99), Bytes.EMPTY)).isEqualTo(word(99));
    final Bytes input = Bytes.fromHexString("0x0102030405");
    assertThat(returnedFromCall(code().op("CALLDATASIZE").returnTop(), Wei.ZERO, input)).isEqualTo(word(5));
    // CALLDATALOAD(2): bytes 03 04 05 then zeros
    assertThat(returnedFromCall(code().push(2).op("CALLDATALOAD").returnTop(), Wei.ZERO, input))
        .isEqualTo(Bytes32.rightPad(Bytes.fromHexString("0x030405")));
    // CALLDATACOPY(dest 0, offset 4, size 32): 05 then zeros
    final Bytecode copy = code().push(32).push(4).push(0).op("CALLDATACOPY").push(32).push(0).op("RETURN");
    assertThat(returnedFromCall(copy, Wei.ZERO, input)).isEqualTo(Bytes32.rightPad(Bytes.of(5)));
  }

  @Test
  void codeSizeAndCodeCopySeeTheRunningCode() {
    final Bytecode code = code().push(32).push(0).push(0).op("CODECOPY").push(32).push(0).op("RETURN");
    assertThat(returned(code)).isEqualTo(Bytes32.rightPad(code.bytes()));
    final Bytecode size = code().op("CODESIZE").returnTop();
    assertThat(returned(size)).isEqualTo(word(size.size()));
  }

  @Test
  void blockValuesComeFromTheBlockEnvironment() {
    assertThat(returned(code().op("COINBASE").returnTop())).isEqualTo(word(EvmHarness.COINBASE));
    assertThat(returned(code().op("TIMESTAMP").returnTop())).isEqualTo(word(harness.block.timestamp()));
    assertThat(returned(code().op("NUMBER").returnTop())).isEqualTo(word(harness.block.number()));
    assertThat(returned(code().op("GASLIMIT").returnTop())).isEqualTo(word(harness.block.gasLimit()));
    assertThat(returned(code().op("CHAINID").returnTop())).isEqualTo(word(7357));
    assertThat(returned(code().op("BASEFEE").returnTop())).isEqualTo(word(7));
    assertThat(returned(code().op("BLOBBASEFEE").returnTop())).isEqualTo(word(1));
    assertThat(returned(code().op("PREVRANDAO").returnTop())).isEqualTo(Bytes32.ZERO);
    assertThat(returned(code().op("GASPRICE").returnTop())).isEqualTo(word(10));
  }

  @Test
  void blockhashAnswersOnlyForThe256PreviousBlocks() {
    final long number = harness.block.number();
    assertThat(returned(code().push(number - 1).op("BLOCKHASH").returnTop()))
        .isEqualTo(harness.block.blockHashes().blockHash(number - 1));
    assertThat(returned(code().push(number).op("BLOCKHASH").returnTop())).isEqualTo(Bytes32.ZERO);
    harness.block = new BlockEnvironment(EvmHarness.COINBASE, 1, 1000, Bytes32.ZERO, 30_000_000, Wei.of(7), Wei.of(1),
        7357, n -> Hash.hash(Bytes.ofUnsignedLong(n)));
    assertThat(returned(code().push(1000 - 256).op("BLOCKHASH").returnTop())).isNotEqualTo(Bytes32.ZERO);
    assertThat(returned(code().push(1000 - 257).op("BLOCKHASH").returnTop())).isEqualTo(Bytes32.ZERO);
  }

  @Test
  void blobhashAnswersZeroPastTheLastBlob() {
    final Hash blob = Hash.hash(Bytes.of(1));
    harness.tx = new TransactionEnvironment(EvmHarness.SENDER, Wei.of(10), List.of(blob), List.of());
    assertThat(returned(code().push(0).op("BLOBHASH").returnTop())).isEqualTo(blob);
    assertThat(returned(code().push(1).op("BLOBHASH").returnTop())).isEqualTo(Bytes32.ZERO);
  }

  @Test
  void balanceIsColdOnceThenWarm() {
    harness.world.account(EvmHarness.OTHER, 0, Wei.of(123), Bytes.EMPTY);
    assertThat(returned(code().pushBytes(EvmHarness.OTHER).op("BALANCE").returnTop())).isEqualTo(word(123));
    // PUSH20 BALANCE PUSH20 BALANCE STOP: 3 + 2600 + 3 + 100
    final ExecutionResult result = harness.run(code().pushBytes(EvmHarness.OTHER).op("BALANCE")
        .pushBytes(EvmHarness.OTHER).op("BALANCE", "STOP").toString());
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 2600 + 3 + 100);
  }

  @Test
  void theAccessListWarmsAddressesBeforeExecution() {
    harness.tx = new TransactionEnvironment(EvmHarness.SENDER, Wei.of(10), List.of(),
        List.of(new io.tributary.core.transaction.AccessListEntry(EvmHarness.OTHER, List.of())));
    final ExecutionResult result = harness.run(code().pushBytes(EvmHarness.OTHER).op("BALANCE", "STOP").toString());
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 100);
  }

  @Test
  void precompilesAndTheCoinbaseStartWarm() {
    final ExecutionResult result = harness.run(code().pushBytes(Address.of(1)).op("BALANCE")
        .pushBytes(EvmHarness.COINBASE).op("BALANCE", "STOP").toString());
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 100 + 3 + 100);
  }

  @Test
  void selfBalanceReadsThisAccount() {
    harness.world.account(EvmHarness.CONTRACT, 1, Wei.of(55), code().op("SELFBALANCE").returnTop().bytes());
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(Bytes32.wrap(result.output())).isEqualTo(word(55));
  }

  @Test
  void extcodehashIsZeroForMissingAndEmptyAccountsAndTheCodeHashOtherwise() {
    assertThat(returned(code().pushBytes(EvmHarness.OTHER).op("EXTCODEHASH").returnTop())).isEqualTo(Bytes32.ZERO);
    harness.world.account(EvmHarness.OTHER, 0, Wei.ZERO, Bytes.EMPTY);
    assertThat(returned(code().pushBytes(EvmHarness.OTHER).op("EXTCODEHASH").returnTop())).isEqualTo(Bytes32.ZERO);
    harness.world.account(EvmHarness.OTHER, 0, Wei.of(1), Bytes.EMPTY);
    assertThat(returned(code().pushBytes(EvmHarness.OTHER).op("EXTCODEHASH").returnTop())).isEqualTo(Hash.EMPTY);
    harness.world.contract(EvmHarness.OTHER, "6001");
    assertThat(returned(code().pushBytes(EvmHarness.OTHER).op("EXTCODEHASH").returnTop()))
        .isEqualTo(Hash.hash(Bytes.fromHexString("0x6001")));
  }

  @Test
  void extcodesizeAndExtcodecopyReadAnotherAccountsCode() {
    harness.world.contract(EvmHarness.OTHER, "60016002");
    assertThat(returned(code().pushBytes(EvmHarness.OTHER).op("EXTCODESIZE").returnTop())).isEqualTo(word(4));
    final Bytecode copy = code().push(32).push(0).push(0).pushBytes(EvmHarness.OTHER).op("EXTCODECOPY")
        .push(32).push(0).op("RETURN");
    assertThat(returned(copy)).isEqualTo(Bytes32.rightPad(Bytes.fromHexString("0x60016002")));
  }

  @Test
  void gasLeftAfterTheConstantCostIsWhatGasReports() {
    assertThat(returned(code().op("GAS").returnTop()).toUnsignedBigInteger())
        .isEqualTo(BigInteger.valueOf(EvmHarness.GAS - 2));
  }
}
