package io.tributary.vm;

import io.tributary.core.block.Log;
import io.tributary.core.types.Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * What a transaction's execution left behind, for the transaction processor to settle.
 *
 * <p>Settling, in order: pay back {@code gasLeft} plus the refund (capped by EIP-3529 at a fifth of the gas used,
 * {@link #cappedRefund}); pay the fees; delete every account in {@code selfDestructs}; then delete every account in
 * {@code touchedAccounts} that exists and is empty (EIP-161), the fee recipients included. The state changes
 * themselves are already in the world (reverted there on failure).
 *
 * @param status success, revert (REVERT ran: gas left is returned), or an exceptional halt (all gas consumed)
 * @param haltReason why the first frame halted exceptionally; {@link HaltReason#NONE} otherwise
 * @param gasLeft gas not used by the first frame (zero after an exceptional halt)
 * @param gasRefund the refund counter (EIP-2200/3529 SSTORE refunds), uncapped; zero unless successful
 * @param output RETURN's data (success), REVERT's data (revert), empty otherwise
 * @param logs the logs of every frame that was not reverted, in emission order; empty unless successful
 * @param selfDestructs accounts to delete at the end of the transaction (EIP-6780: only those created in it)
 * @param touchedAccounts accounts the transaction touched, in first-touch order (EIP-161 deletes the empty ones)
 * @param createdAccounts contracts created by the transaction (the first frame's included), in creation order
 * @param createdAddress the new contract's address when the first message was a successful creation
 */
public record ExecutionResult(Status status, HaltReason haltReason, long gasLeft, long gasRefund, Bytes output,
    List<Log> logs, List<Address> selfDestructs, List<Address> touchedAccounts, List<Address> createdAccounts,
    Optional<Address> createdAddress) {

  /** How the first frame ended. */
  public enum Status {
    SUCCESS,
    REVERTED,
    EXCEPTIONAL_HALT
  }

  public ExecutionResult {
    Objects.requireNonNull(status);
    Objects.requireNonNull(haltReason);
    Objects.requireNonNull(output);
    logs = List.copyOf(logs);
    selfDestructs = List.copyOf(selfDestructs);
    touchedAccounts = List.copyOf(touchedAccounts);
    createdAccounts = List.copyOf(createdAccounts);
    Objects.requireNonNull(createdAddress);
  }

  public boolean isSuccess() {
    return status == Status.SUCCESS;
  }

  /** Gas the execution used out of {@code gasGiven} (the message's gas). */
  public long gasUsed(final long gasGiven) {
    return gasGiven - gasLeft;
  }

  /**
   * The refund to apply given the transaction's total gas used (intrinsic included) before refunds: at most
   * {@code gasUsed / quotient} (EIP-3529: quotient 5; 2 before London).
   */
  public long cappedRefund(final long transactionGasUsed, final long quotient) {
    return Math.min(gasRefund, transactionGasUsed / quotient);
  }
}
