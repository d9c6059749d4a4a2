package io.tributary.state.processing;

import io.tributary.core.transaction.IntrinsicGasCalculator;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies one transaction to the world state under a protocol spec: every check first (so an invalid transaction
 * changes nothing), then the gas is bought, the nonce incremented and the message (a call, or a contract creation)
 * run by the spec's EVM; then unused gas and the refund (EIP-3529) are paid back, fees paid, self-destructed
 * contracts deleted (EIP-6780) and touched empty accounts removed (EIP-161). The base fee goes where the spec's {@link
 * io.tributary.state.spec.FeeRecipientPolicy} says (Tributary's treasury, or burnt), the tip to the block's coinbase;
 * blob gas, where the spec carries blobs, is burnt.
 */
public final class TransactionProcessor {
  /** EIP-4844: the version byte of a KZG commitment's versioned hash. */
  private static final byte KZG_VERSION = 0x01;

  private final ProtocolSpec spec;
  private final OperationTracer tracer;

  public TransactionProcessor(final ProtocolSpec spec) {
    this(spec, OperationTracer.NONE);
  }

  /** A processor whose executions report every operation to {@code tracer} (debug_traceTransaction). */
  public TransactionProcessor(final ProtocolSpec spec, final OperationTracer tracer) {
    this.spec = spec;
    this.tracer = tracer;
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
    final long intrinsicGas = IntrinsicGasCalculator.intrinsicGas(tx);
    final Wei price = TransactionFees.effectiveGasPrice(tx, block.baseFee());

    world.beginTransaction();
    // Buy all the gas up front (and the blobs' gas, which is burnt); what is left is paid back after execution.
    world.subtractBalance(sender, price.multiply(tx.gasLimit()).add(blobFee(block, tx)));
    final long nonce = world.nonce(sender);
    world.incrementNonce(sender);
    final long gas = tx.gasLimit() - intrinsicGas;
    final Optional<Address> created = tx.isContractCreation()
        ? Optional.of(ContractAddress.forCreate(sender, nonce)) : Optional.empty();
    final Message message = created.isPresent()
        ? Message.create(sender, created.get(), tx.value(), tx.data(), gas)
        : Message.call(sender, tx.to().orElseThrow(), tx.value(), tx.data(), gas);
    final ExecutionResult result = spec.evm().execute(new WorldUpdaterEvmWorld(world), environment(block),
        new TransactionEnvironment(sender, price, tx.blobVersionedHashes(), tx.accessList()), message, tracer);

    // The refund is capped at a share of the gas used (EIP-3529: a fifth), as the fork's gas schedule says.
    final long usedBeforeRefund = tx.gasLimit() - result.gasLeft();
    final long gasUsed = usedBeforeRefund
        - result.cappedRefund(usedBeforeRefund, spec.evm().spec().gasCalculator().maxRefundQuotient());
    credit(world, sender, price.multiply(tx.gasLimit() - gasUsed));
    final List<Address> touched = new ArrayList<>(result.touchedAccounts());
    // The tip goes to the coinbase, which counts as touched even when the tip is zero (as on Ethereum).
    credit(world, block.coinbase(), price.subtract(block.baseFee()).multiply(gasUsed));
    touched.add(block.coinbase());
    spec.feeRecipients().baseFeeRecipient().ifPresent(recipient -> {
      credit(world, recipient, block.baseFee().multiply(gasUsed));
      touched.add(recipient);
    });
    // EIP-6780: contracts created and self-destructed in this transaction go; then EIP-161 removes touched empties.
    result.selfDestructs().forEach(world::delete);
    for (final Address account : touched) {
      if (world.exists(account) && world.isEmpty(account)) {
        world.delete(account);
      }
    }
    return TransactionProcessingResult.executed(gasUsed, result, created);
  }

  /** What code sees of the block: the context plus the chain id, and blob gas priced by the spec. */
  private BlockEnvironment environment(final BlockContext block) {
    final Wei blobBaseFee = spec.blobGas().orElse(BlobGasSchedule.CANCUN).baseFee(block.excessBlobGas());
    return new BlockEnvironment(block.coinbase(), block.timestamp(), block.number(), block.prevRandao(),
        block.gasLimit(), block.baseFee(), blobBaseFee, spec.chainId(), block.blockHashes());
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
    final ValidationResult<TransactionInvalidReason> blobs = validateBlobs(block, tx);
    if (!blobs.isValid()) {
      return blobs;
    }
    final Wei cost = TransactionFees.upfrontCost(tx).add(maxBlobFee(tx));
    final Wei balance = world.balance(sender);
    if (cost.compareTo(balance) > 0) {
      return ValidationResult.invalid(TransactionInvalidReason.UPFRONT_COST_EXCEEDS_BALANCE,
          "insufficient funds for gas * price + value: address " + sender + " have " + balance.toBigInteger()
              + " want " + cost.toBigInteger());
    }
    // A direct call to the Attribution module must claim what the poa-engine computes (a block-validity rule).
    return spec.ai().checkClaims(new WorldUpdaterEvmWorld(world), block.number(), tx);
  }

  /** EIP-4844's checks of a blob transaction's blobs against the spec and the block's blob base fee. */
  private ValidationResult<TransactionInvalidReason> validateBlobs(final BlockContext block, final Transaction tx) {
    if (tx.type() != TransactionType.BLOB) {
      return ValidationResult.valid();
    }
    final BlobGasSchedule schedule = spec.blobGas().orElse(null);
    if (schedule == null) {
      return ValidationResult.invalid(TransactionInvalidReason.BLOB_TRANSACTIONS_NOT_SUPPORTED,
          "blob transactions (type 3) are not supported by protocol spec " + spec.name());
    }
    if (tx.blobVersionedHashes().size() > schedule.maxBlobsPerTransaction()) {
      return ValidationResult.invalid(TransactionInvalidReason.TOO_MANY_BLOBS, "blob transaction carries "
          + tx.blobVersionedHashes().size() + " blobs, at most " + schedule.maxBlobsPerTransaction() + " are allowed");
    }
    for (final Hash versioned : tx.blobVersionedHashes()) {
      if (versioned.get(0) != KZG_VERSION) {
        return ValidationResult.invalid(TransactionInvalidReason.INVALID_BLOB_VERSIONED_HASH,
            "blob versioned hash " + versioned + " does not start with the KZG version byte 0x01");
      }
    }
    final Wei blobBaseFee = schedule.baseFee(block.excessBlobGas());
    final Wei feeCap = tx.maxFeePerBlobGas().orElseThrow();
    if (feeCap.compareTo(blobBaseFee) < 0) {
      return ValidationResult.invalid(TransactionInvalidReason.BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE,
          "max fee per blob gas less than block blob gas fee: address " + tx.sender().orElseThrow()
              + " blobGasFeeCap: " + feeCap.toBigInteger() + ", blobBaseFee: " + blobBaseFee.toBigInteger());
    }
    return ValidationResult.valid();
  }

  /** The blob gas a transaction uses (zero without blobs). */
  private long blobGas(final Transaction tx) {
    return spec.blobGas().map(s -> s.blobGas(tx.blobVersionedHashes().size())).orElse(0L);
  }

  /** What the blobs cost at the block's blob base fee; burnt. */
  private Wei blobFee(final BlockContext block, final Transaction tx) {
    if (tx.type() != TransactionType.BLOB) {
      return Wei.ZERO;
    }
    return spec.blobGas().orElseThrow().baseFee(block.excessBlobGas()).multiply(blobGas(tx));
  }

  /** The most the blobs may cost: blob gas times maxFeePerBlobGas, which the sender must hold up front. */
  private Wei maxBlobFee(final Transaction tx) {
    return tx.type() == TransactionType.BLOB ? tx.maxFeePerBlobGas().orElseThrow().multiply(blobGas(tx)) : Wei.ZERO;
  }

  private static void credit(final WorldUpdater world, final Address account, final Wei amount) {
    // A zero credit must not create the account (EIP-161).
    if (!amount.isZero()) {
      world.addBalance(account, amount);
    }
  }
}
