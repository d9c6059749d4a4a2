package io.tributary.vm;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The world state as the EVM sees it: the VM defines it, the state module implements it (its {@code WorldUpdater}
 * has almost every method already). Every change must be journaled so that {@link #checkpoint()} / {@link
 * #commitCheckpoint()} / {@link #revertToCheckpoint()} nest: the EVM opens one checkpoint per call frame.
 *
 * <p>What belongs to one transaction only (warm addresses and slots, transient storage, touched accounts, the refund
 * counter, logs, self-destructs) the VM keeps and journals itself; the implementation need not know about it. A
 * missing account reads as nonce 0, balance 0, no code, empty storage.
 */
public interface EvmWorld {
  /** Whether the account exists in the state (an EIP-161 empty account still exists). */
  boolean exists(Address address);

  /** EIP-161 emptiness: no code, nonce 0 and balance 0; a missing account counts as empty. */
  boolean isEmpty(Address address);

  long nonce(Address address);

  Wei balance(Address address);

  /** The account's code; empty when it has none or does not exist. */
  Bytes code(Address address);

  /**
   * EXTCODEHASH's answer: keccak256 of the code (keccak256 of nothing for an account without code), {@link Hash#ZERO}
   * for a missing account. Implementations should read it from the account rather than hash the code again; the
   * interpreter keys its JUMPDEST analysis by it.
   */
  default Hash codeHash(final Address address) {
    if (!exists(address)) {
      return Hash.ZERO;
    }
    return Hash.hash(code(address));
  }

  /** The storage slot's current value; zero when unset. */
  UInt256 storage(Address address, UInt256 slot);

  /** The slot's value when the current transaction began (EIP-2200 and EIP-3529 price SSTORE by it). */
  UInt256 originalStorage(Address address, UInt256 slot);

  /** Whether the account has any non-zero storage: EIP-7610 counts it as an address collision for CREATE. */
  boolean hasStorage(Address address);

  /** Creates the account empty if it does not exist (it starts a new contract, or receives value). */
  void createAccount(Address address);

  void setStorage(Address address, UInt256 slot, UInt256 value);

  void setNonce(Address address, long nonce);

  void setBalance(Address address, Wei balance);

  /** Adds to the balance, creating the account when missing. */
  void addBalance(Address address, Wei amount);

  /** Subtracts from the balance; the EVM checks it is covered first. */
  void subtractBalance(Address address, Wei amount);

  void setCode(Address address, Bytes code);

  /** Removes the account and its storage (end of a transaction, for EIP-6780 self-destructs and EIP-161). */
  void delete(Address address);

  /** Opens a nested scope whose changes can be reverted alone. */
  void checkpoint();

  /** Keeps the changes since the innermost checkpoint, folding them into the enclosing scope. */
  void commitCheckpoint();

  /** Undoes every change since the innermost checkpoint and closes it. */
  void revertToCheckpoint();
}
