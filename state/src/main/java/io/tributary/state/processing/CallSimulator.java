package io.tributary.state.processing;

import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.transaction.IntrinsicGasCalculator;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.spec.BlobGasSchedule;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.world.WorldUpdater;
import io.tributary.vm.BlockEnvironment;
import io.tributary.vm.ContractAddress;
import io.tributary.vm.ExecutionResult;
import io.tributary.vm.Message;
import io.tributary.vm.OperationTracer;
import io.tributary.vm.TransactionEnvironment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Runs an unsigned message as a transaction would run (eth_call, eth_estimateGas), on a world the caller throws away
 * afterwards. As geth does for calls: no signature, no nonce check, no EIP-3607 check; a call that names no fee cap
 * pays nothing for gas (and sees a zero BASEFEE), one that names a cap must meet the base fee and afford its gas.
 */
public final class CallSimulator {
  private final ProtocolSpec spec;

  public CallSimulator(final ProtocolSpec spec) {
    this.spec = spec;
  }

  /**
   * An unsigned message.
   *
   * @param from the sender; the zero address when the caller names none
   * @param to the callee; empty for a contract creation
   * @param maxFeePerGas the fee cap (a legacy gasPrice is a cap and a tip at once); empty: gas is free
   * @param maxPriorityFeePerGas the tip cap, used only with a fee cap
   */
  public record Call(Address from, Optional<Address> to, long gas, Optional<Wei> maxFeePerGas,
      Wei maxPriorityFeePerGas, Wei value, Bytes data, List<AccessListEntry> accessList) {
    public Call {
      Objects.requireNonNull(from);
      accessList = List.copyOf(accessList);
    }

    /** The gas spent before code runs: base, calldata (EIP-2028), creation and init code (EIP-3860), access list. */
    public long intrinsicGas() {
      long gas = IntrinsicGasCalculator.TX_BASE + IntrinsicGasCalculator.dataCost(data);
      if (to.isEmpty()) {
        gas += IntrinsicGasCalculator.TX_CREATE + IntrinsicGasCalculator.INITCODE_WORD * ((data.size() + 31L) / 32);
      }
      for (final AccessListEntry entry : accessList) {
        gas += IntrinsicGasCalculator.ACCESS_LIST_ADDRESS
            + IntrinsicGasCalculator.ACCESS_LIST_STORAGE_KEY * entry.storageKeys().size();
      }
      return gas;
    }

    public Call withGas(final long value) {
      return new Call(from, to, value, maxFeePerGas, maxPriorityFeePerGas, this.value, data, accessList);
    }
  }

  /**
   * What happened: refused before running ({@code validity} invalid, {@code execution} empty) or ran.
   *
   * @param gasUsed gas charged after the refund
   * @param gasUsedBeforeRefund gas the execution consumed; no smaller gas limit can succeed
   */
  public record Outcome(ValidationResult<TransactionInvalidReason> validity, Optional<ExecutionResult> execution,
      long gasUsed, long gasUsedBeforeRefund) {
    static Outcome invalid(final TransactionInvalidReason reason, final String message) {
      return new Outcome(ValidationResult.invalid(reason, message), Optional.empty(), 0, 0);
    }

    public boolean isInvalid() {
      return !validity.isValid();
    }

    /** Ran and succeeded. */
    public boolean isSuccess() {
      return execution.map(ExecutionResult::isSuccess).orElse(false);
    }
  }

  public Outcome simulate(final WorldUpdater world, final BlockContext block, final Call call) {
    return simulate(world, block, call, OperationTracer.NONE);
  }

  public Outcome simulate(final WorldUpdater world, final BlockContext block, final Call call,
      final OperationTracer tracer) {
    final long intrinsicGas = call.intrinsicGas();
    if (call.gas() < intrinsicGas) {
      return Outcome.invalid(TransactionInvalidReason.INTRINSIC_GAS_TOO_LOW,
          "intrinsic gas too low: have " + call.gas() + ", want " + intrinsicGas);
    }
    final Wei price;
    final Wei baseFee;
    if (call.maxFeePerGas().isPresent()) {
      final Wei feeCap = call.maxFeePerGas().get();
      if (feeCap.compareTo(block.baseFee()) < 0) {
        return Outcome.invalid(TransactionInvalidReason.FEE_CAP_BELOW_BASE_FEE,
            "max fee per gas less than block base fee: address " + call.from() + ", maxFeePerGas: "
                + feeCap.toBigInteger() + ", baseFee: " + block.baseFee().toBigInteger());
      }
      final Wei withTip = block.baseFee().add(call.maxPriorityFeePerGas());
      price = withTip.compareTo(feeCap) < 0 ? withTip : feeCap;
      baseFee = block.baseFee();
    } else {
      price = Wei.ZERO;
      baseFee = Wei.ZERO;
    }
    final Address sender = call.from();
    final Wei balance = world.balance(sender);
    final Wei cost = call.maxFeePerGas().orElse(Wei.ZERO).multiply(call.gas()).add(call.value());
    if (cost.compareTo(balance) > 0) {
      return Outcome.invalid(TransactionInvalidReason.UPFRONT_COST_EXCEEDS_BALANCE,
          "insufficient funds for gas * price + value: address " + sender + " have " + balance.toBigInteger()
              + " want " + cost.toBigInteger());
    }

    world.beginTransaction();
    world.subtractBalance(sender, price.multiply(call.gas()));
    final long nonce = world.nonce(sender);
    world.incrementNonce(sender);
    final long gas = call.gas() - intrinsicGas;
    final Message message = call.to().isEmpty()
        ? Message.create(sender, ContractAddress.forCreate(sender, nonce), call.value(), call.data(), gas)
        : Message.call(sender, call.to().get(), call.value(), call.data(), gas);
    final Wei blobBaseFee = spec.blobGas().orElse(BlobGasSchedule.CANCUN).baseFee(block.excessBlobGas());
    final BlockEnvironment environment = new BlockEnvironment(block.coinbase(), block.timestamp(), block.number(),
        block.prevRandao(), block.gasLimit(), baseFee, blobBaseFee, spec.chainId(), block.blockHashes());
    final ExecutionResult result = spec.evm().execute(new WorldUpdaterEvmWorld(world), environment,
        new TransactionEnvironment(sender, price, List.of(), call.accessList()), message, tracer);
    final long usedBeforeRefund = call.gas() - result.gasLeft();
    final long gasUsed = usedBeforeRefund
        - result.cappedRefund(usedBeforeRefund, spec.evm().spec().gasCalculator().maxRefundQuotient());
    return new Outcome(ValidationResult.valid(), Optional.of(result), gasUsed, usedBeforeRefund);
  }
}
