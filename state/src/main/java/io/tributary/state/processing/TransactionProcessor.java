package io.tributary.state.processing;

import io.tributary.core.transaction.IntrinsicGasCalculator;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.world.WorldUpdater;
import java.util.List;

/**
 * Applies one transaction to the world state under a protocol spec: every check first (so an invalid transaction
 * changes nothing), then nonce, value transfer and fees. The base fee goes to the treasury, the tip to the block's
 * coinbase. Execution of code joins when the EVM lands; until then a transaction that would run code is refused as
 * {@link TransactionInvalidReason#EXECUTION_NOT_SUPPORTED} rather than half-executed.
 */
public final class TransactionProcessor {
  private final ProtocolSpec spec;

  public TransactionProcessor(final ProtocolSpec spec) {
    this.spec = spec;
  }

  /**
   * Runs {@code tx} in a block described by {@code block}, with {@code blockGasLeft} gas still free in it.
   */
  public TransactionProcessingResult process(final WorldUpdater world, final BlockContext block, final Transaction tx,
      final long blockGasLeft) {
    final ValidationResult<TransactionInvalidReason> stateless = spec.transactionValidator().validate(tx);
    if (!stateless.isValid()) {
      return TransactionProcessingResult.invalid(stateless);
    }
    final ValidationResult<TransactionInvalidReason> stateful = validateAgainstState(world, block, tx, blockGasLeft);
    if (!stateful.isValid()) {
      return TransactionProcessingResult.invalid(stateful);
    }
    final Address sender = tx.sender().orElseThrow();
    final long gasUsed = IntrinsicGasCalculator.intrinsicGas(tx);
    final Wei price = TransactionFees.effectiveGasPrice(tx, block.baseFee());

    world.beginTransaction();
    world.incrementNonce(sender);
    world.subtractBalance(sender, price.multiply(gasUsed).add(tx.value()));
    final Address to = tx.to().orElseThrow();
    credit(world, to, tx.value());
    credit(world, spec.treasury(), block.baseFee().multiply(gasUsed));
    credit(world, block.coinbase(), price.subtract(block.baseFee()).multiply(gasUsed));
    // EIP-161: a touched account left empty does not stay in the state.
    for (final Address touched : List.of(to, spec.treasury(), block.coinbase())) {
      if (world.exists(touched) && world.isEmpty(touched)) {
        world.delete(touched);
      }
    }
    return TransactionProcessingResult.executed(gasUsed, true, List.of());
  }

  /** The checks that depend on the state and the block; nothing is changed. */
  public ValidationResult<TransactionInvalidReason> validateAgainstState(final WorldUpdater world,
      final BlockContext block, final Transaction tx, final long blockGasLeft) {
    final Address sender = tx.sender().orElseThrow();
    final Wei feeCap = TransactionFees.feeCap(tx);
    if (feeCap.compareTo(block.baseFee()) < 0) {
      return ValidationResult.invalid(TransactionInvalidReason.FEE_CAP_BELOW_BASE_FEE,
          "max fee per gas less than block base fee: address " + sender + ", maxFeePerGas: "
              + feeCap.toBigInteger() + ", baseFee: " + block.baseFee().toBigInteger());
    }
    if (Long.compareUnsigned(tx.gasLimit(), blockGasLeft) > 0) {
      return ValidationResult.invalid(TransactionInvalidReason.EXCEEDS_BLOCK_GAS_LIMIT,
          "gas limit reached: transaction gas " + Long.toUnsignedString(tx.gasLimit()) + " exceeds the "
              + blockGasLeft + " left in the block");
    }
    final long nonce = world.nonce(sender);
    if (tx.nonce() < nonce) {
      return ValidationResult.invalid(TransactionInvalidReason.NONCE_TOO_LOW,
          "nonce too low: address " + sender + ", tx: " + tx.nonce() + " state: " + nonce);
    }
    if (tx.nonce() > nonce) {
      return ValidationResult.invalid(TransactionInvalidReason.NONCE_TOO_HIGH,
          "nonce too high: address " + sender + ", tx: " + tx.nonce() + " state: " + nonce);
    }
    if (!world.code(sender).isEmpty()) {
      return ValidationResult.invalid(TransactionInvalidReason.SENDER_HAS_CODE,
          "sender not an eoa: address " + sender + " has code (EIP-3607)");
    }
    final Wei cost = TransactionFees.upfrontCost(tx);
    final Wei balance = world.balance(sender);
    if (cost.compareTo(balance) > 0) {
      return ValidationResult.invalid(TransactionInvalidReason.UPFRONT_COST_EXCEEDS_BALANCE,
          "insufficient funds for gas * price + value: address " + sender + " have " + balance.toBigInteger()
              + " want " + cost.toBigInteger());
    }
    if (tx.isContractCreation()) {
      return ValidationResult.invalid(TransactionInvalidReason.EXECUTION_NOT_SUPPORTED,
          "contract creation needs the EVM, which protocol spec " + spec.name() + " does not include yet");
    }
    if (!world.code(tx.to().get()).isEmpty()) {
      return ValidationResult.invalid(TransactionInvalidReason.EXECUTION_NOT_SUPPORTED,
          "calling contract " + tx.to().get() + " needs the EVM, which protocol spec " + spec.name()
              + " does not include yet");
    }
    return ValidationResult.valid();
  }

  private static void credit(final WorldUpdater world, final Address account, final Wei amount) {
    // A zero credit must not create the account (EIP-161).
    if (!amount.isZero()) {
      world.addBalance(account, amount);
    }
  }
}
