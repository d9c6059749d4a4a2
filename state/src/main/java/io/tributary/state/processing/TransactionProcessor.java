package io.tributary.state.processing;

import io.tributary.core.transaction.IntrinsicGasCalculator;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.spec.BlobGasSchedule;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.world.WorldUpdater;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one transaction to the world state under a protocol spec: every check first (so an invalid transaction
 * changes nothing), then nonce, value transfer and fees. The base fee goes where the spec's {@link
 * io.tributary.state.spec.FeeRecipientPolicy} says (Tributary's treasury, or burnt), the tip to the block's coinbase;
 * blob gas, where the spec carries blobs, is burnt. Execution of code joins when the EVM lands; until then a transaction that would run code is refused as
 * {@link TransactionInvalidReason#EXECUTION_NOT_SUPPORTED} rather than half-executed.
 */
public final class TransactionProcessor {
  /** EIP-4844: the version byte of a KZG commitment's versioned hash. */
  private static final byte KZG_VERSION = 0x01;

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
    world.subtractBalance(sender, price.multiply(gasUsed).add(tx.value()).add(blobFee(block, tx)));
    final Address to = tx.to().orElseThrow();
    credit(world, to, tx.value());
    final List<Address> touched = new ArrayList<>(List.of(to, block.coinbase()));
    spec.feeRecipients().baseFeeRecipient().ifPresent(recipient -> {
      credit(world, recipient, block.baseFee().multiply(gasUsed));
      touched.add(recipient);
    });
    credit(world, block.coinbase(), price.subtract(block.baseFee()).multiply(gasUsed));
    // EIP-161: a touched account left empty does not stay in the state.
    for (final Address account : touched) {
      if (world.exists(account) && world.isEmpty(account)) {
        world.delete(account);
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
    if (tx.isContractCreation()) {
      return ValidationResult.invalid(TransactionInvalidReason.EXECUTION_NOT_SUPPORTED,
          "contract creation needs the EVM, which protocol spec " + spec.name() + " does not include yet");
    }
    if (!world.code(tx.to().get()).isEmpty() || isPrecompile(tx.to().get())) {
      return ValidationResult.invalid(TransactionInvalidReason.EXECUTION_NOT_SUPPORTED,
          "calling contract " + tx.to().get() + " needs the EVM, which protocol spec " + spec.name()
              + " does not include yet");
    }
    return ValidationResult.valid();
  }

  /** Cancun's precompiled contracts sit at addresses 0x01 to 0x0a: calling one runs code even without any stored. */
  private static boolean isPrecompile(final Address address) {
    for (int i = 0; i < Address.SIZE - 1; i++) {
      if (address.get(i) != 0) {
        return false;
      }
    }
    final int last = address.get(Address.SIZE - 1) & 0xff;
    return last >= 0x01 && last <= 0x0a;
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
