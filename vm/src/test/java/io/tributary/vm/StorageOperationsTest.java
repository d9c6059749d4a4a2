package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.testing.EvmHarness;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageOperationsTest {
  private final EvmHarness harness = new EvmHarness();

  private ExecutionResult runWithSlotZero(final String hexCode, final long original, final long gas) {
    harness.world.contract(EvmHarness.CONTRACT, hexCode);
    harness.world.storage(EvmHarness.CONTRACT, 0, original);
    return harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, gas);
  }

  /** EIP-3529's table of SSTORE cases (slot 0 warm through the access list, as the EIP assumes). */
  @ParameterizedTest(name = "{0} from original {3}: {1} gas, refund {2}")
  @CsvSource({
      "60006000556000600055, 212, 0, 0",
      "60006000556001600055, 20112, 0, 0",
      "60016000556000600055, 20112, 19900, 0",
      "60016000556002600055, 20112, 0, 0",
      "60016000556001600055, 20112, 0, 0",
      "60006000556000600055, 3012, 4800, 1",
      "60006000556001600055, 3012, 2800, 1",
      "60006000556002600055, 3012, 0, 1",
      "60026000556000600055, 3012, 4800, 1",
      "60026000556003600055, 3012, 0, 1",
      "60026000556001600055, 3012, 2800, 1",
      "60026000556002600055, 3012, 0, 1",
      "60016000556000600055, 3012, 4800, 1",
      "60016000556002600055, 3012, 0, 1",
      "60016000556001600055, 212, 0, 1",
      "600160005560006000556001600055, 40118, 19900, 0",
      "600060005560016000556000600055, 5918, 7600, 1"})
  void sstoreGasAndRefundFollowEip3529(final String hexCode, final long gasUsed, final long refund,
      final long original) {
    harness.tx = new TransactionEnvironment(EvmHarness.SENDER, Wei.of(10), List.of(),
        List.of(new AccessListEntry(EvmHarness.CONTRACT, List.of(Hash.ZERO))));
    final ExecutionResult result = runWithSlotZero(hexCode, original, EvmHarness.GAS);
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(gasUsed);
    assertThat(result.gasRefund()).isEqualTo(refund);
  }

  @Test
  void aColdSlotCostsTwentyOneHundredMoreOnFirstTouch() {
    // PUSH1 0 SLOAD PUSH1 0 SLOAD STOP: 3 + 2100 + 3 + 100
    final ExecutionResult result = runWithSlotZero(code().push(0).op("SLOAD").push(0).op("SLOAD", "STOP").toString(),
        0, EvmHarness.GAS);
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 2100 + 3 + 100);
  }

  @Test
  void sstoreRefusesToRunOnTheCallStipend() {
    // EIP-2200: 2 PUSHes (6 gas) leave exactly 2300 -> out of gas; one more gas and it runs (a no-op store, 100+2100).
    final String store = "6001600055";
    assertThat(runWithSlotZero(store, 1, 2306).haltReason()).isEqualTo(HaltReason.OUT_OF_GAS);
    final ExecutionResult ok = runWithSlotZero(store, 1, 2307 + 2100);
    assertThat(ok.isSuccess()).isTrue();
  }

  @Test
  void sstoreWritesAndSloadReadsBack() {
    final String hexCode = code().push(0xbeef).storeTopAt(7).push(7).op("SLOAD").returnTop().toString();
    harness.world.contract(EvmHarness.CONTRACT, hexCode);
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.valueOf(0xbeef));
    assertThat(harness.world.storage(EvmHarness.CONTRACT, 7)).isEqualTo(UInt256.valueOf(0xbeef));
  }

  @Test
  void revertUndoesStorageWrites() {
    final String hexCode = code().push(1).storeTopAt(0).push(0).push(0).op("REVERT").toString();
    final ExecutionResult result = runWithSlotZero(hexCode, 5, EvmHarness.GAS);
    assertThat(result.status()).isEqualTo(ExecutionResult.Status.REVERTED);
    assertThat(result.gasLeft()).isPositive();
    assertThat(harness.world.storage(EvmHarness.CONTRACT, 0)).isEqualTo(UInt256.valueOf(5));
  }

  @Test
  void transientStorageIsReadBackWithinTheTransactionAndGoneInTheNext() {
    // TSTORE(1, 42); TLOAD(1) returned; costs 100 each.
    final String hexCode = code().push(42).push(1).op("TSTORE").push(1).op("TLOAD").returnTop().toString();
    harness.world.contract(EvmHarness.CONTRACT, hexCode);
    final ExecutionResult first = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(UInt256.fromBytes(first.output())).isEqualTo(UInt256.valueOf(42));
    harness.world.contract(EvmHarness.CONTRACT, code().push(1).op("TLOAD").returnTop().toString());
    final ExecutionResult second = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(UInt256.fromBytes(second.output())).isEqualTo(UInt256.ZERO);
  }

  @Test
  void transientStoresOfARevertedCallAreUndone() {
    // OTHER: TSTORE(1, 7) then REVERT. CONTRACT: TSTORE(1, 3), CALL OTHER, return TLOAD(1).
    harness.world.contract(EvmHarness.OTHER, code().push(7).push(1).op("TSTORE").push(0).push(0).op("REVERT")
        .toString());
    // OTHER's transient storage is its own; so call it with DELEGATECALL to share CONTRACT's.
    final String caller = code().push(3).push(1).op("TSTORE")
        .push(0).push(0).push(0).push(0).pushBytes(EvmHarness.OTHER).op("GAS", "DELEGATECALL", "POP")
        .push(1).op("TLOAD").returnTop().toString();
    harness.world.contract(EvmHarness.CONTRACT, caller);
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.valueOf(3));
  }

  @Test
  void staticFramesMayNotWriteStorageOrTransientStorage() {
    harness.world.contract(EvmHarness.OTHER, code().push(1).push(1).op("TSTORE", "STOP").toString());
    final String caller = code().push(0).push(0).push(0).push(0).pushBytes(EvmHarness.OTHER)
        .op("GAS", "STATICCALL").returnTop().toString();
    harness.world.contract(EvmHarness.CONTRACT, caller);
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.ZERO);
  }
}
