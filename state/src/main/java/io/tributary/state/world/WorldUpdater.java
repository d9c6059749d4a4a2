package io.tributary.state.world;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Changes to a world state, kept in memory over a base state until committed by {@link WorldStateArchive#commit}.
 * Every change is journaled, so {@link #checkpoint()} / {@link #revertToCheckpoint()} / {@link #commitCheckpoint()}
 * nest as the EVM needs for calls. {@link #beginTransaction()} marks where EIP-2200's "original" storage values
 * are taken. Maps are insertion-ordered: nothing here depends on hash order. Not thread-safe.
 */
public final class WorldUpdater implements WorldState {
  private final WorldState base;
  private final LinkedHashMap<Address, Optional<Account>> accounts = new LinkedHashMap<>();
  private final LinkedHashMap<Address, LinkedHashMap<UInt256, UInt256>> storage = new LinkedHashMap<>();
  /** Accounts whose stored slots no longer count (deleted or re-created): reads of unset slots give zero. */
  private final LinkedHashMap<Address, Boolean> storageCleared = new LinkedHashMap<>();
  private final LinkedHashMap<Hash, Bytes> newCode = new LinkedHashMap<>();
  private final LinkedHashMap<Address, LinkedHashMap<UInt256, UInt256>> originalStorage = new LinkedHashMap<>();
  private final List<Runnable> journal = new ArrayList<>();
  private final Deque<Integer> checkpoints = new ArrayDeque<>();
  /** Counts changes and reverts, so a {@link PreparedState} can tell it still describes this updater. */
  private long version;

  WorldUpdater(final WorldState base) {
    this.base = base;
  }

  /** The state root this updater started from. */
  public Hash baseRoot() {
    return base.rootHash();
  }

  /** Not meaningful until committed: the base root. Use {@link WorldStateArchive#commit} for the new root. */
  @Override
  public Hash rootHash() {
    return base.rootHash();
  }

  @Override
  public Optional<Account> account(final Address address) {
    final Optional<Account> changed = accounts.get(address);
    if (changed != null) {
      return changed;
    }
    return base.account(address);
  }

  public boolean exists(final Address address) {
    return account(address).isPresent();
  }

  /** EIP-161 emptiness; a missing account counts as empty. */
  public boolean isEmpty(final Address address) {
    return account(address).map(Account::isEmpty).orElse(true);
  }

  public Wei balance(final Address address) {
    return account(address).map(Account::balance).orElse(Wei.ZERO);
  }

  public long nonce(final Address address) {
    return account(address).map(Account::nonce).orElse(0L);
  }

  /** The account, created empty (with fresh storage) if it does not exist. */
  public Account getOrCreate(final Address address) {
    final Optional<Account> existing = account(address);
    if (existing.isPresent()) {
      return existing.get();
    }
    setAccount(address, Optional.of(Account.EMPTY));
    return Account.EMPTY;
  }

  public void setBalance(final Address address, final Wei balance) {
    setAccount(address, Optional.of(getOrCreate(address).withBalance(balance)));
  }

  public void addBalance(final Address address, final Wei amount) {
    setBalance(address, balance(address).add(amount));
  }

  /** Throws {@link ArithmeticException} when the balance is short: callers check affordability first. */
  public void subtractBalance(final Address address, final Wei amount) {
    setBalance(address, balance(address).subtract(amount));
  }

  public void setNonce(final Address address, final long nonce) {
    setAccount(address, Optional.of(getOrCreate(address).withNonce(nonce)));
  }

  public void incrementNonce(final Address address) {
    setNonce(address, nonce(address) + 1);
  }

  public void setCode(final Address address, final Bytes code) {
    final Hash codeHash = Keccak256.hash(code);
    if (!code.isEmpty() && !newCode.containsKey(codeHash)) {
      newCode.put(codeHash, code.copy());
      record(() -> newCode.remove(codeHash));
    }
    setAccount(address, Optional.of(getOrCreate(address).withCodeHash(codeHash)));
  }

  @Override
  public Bytes code(final Address address) {
    final Optional<Account> account = account(address);
    if (account.isEmpty() || !account.get().hasCode()) {
      return Bytes.EMPTY;
    }
    final Bytes fresh = newCode.get(account.get().codeHash());
    return fresh != null ? fresh : base.code(address);
  }

  @Override
  public UInt256 storage(final Address address, final UInt256 slot) {
    final Map<UInt256, UInt256> slots = storage.get(address);
    if (slots != null && slots.containsKey(slot)) {
      return slots.get(slot);
    }
    if (storageCleared.containsKey(address)) {
      return UInt256.ZERO;
    }
    return base.storage(address, slot);
  }

  /**
   * Whether the account has a non-zero storage slot (EIP-7610 counts one as a CREATE address collision). A stored
   * storage root counts as storage even if this updater has since zeroed every slot in it: the root is only worked out
   * at commit.
   */
  public boolean hasStorage(final Address address) {
    final Map<UInt256, UInt256> slots = storage.get(address);
    if (slots != null) {
      for (final UInt256 value : slots.values()) {
        if (!value.isZero()) {
          return true;
        }
      }
    }
    if (storageCleared.containsKey(address)) {
      return false;
    }
    return account(address).map(a -> !a.storageRoot().equals(Hash.EMPTY_TRIE_HASH)).orElse(false);
  }

  /** The slot's value when the current transaction began (EIP-2200 / EIP-3529 gas rules). */
  public UInt256 originalStorage(final Address address, final UInt256 slot) {
    final Map<UInt256, UInt256> originals = originalStorage.get(address);
    if (originals != null && originals.containsKey(slot)) {
      return originals.get(slot);
    }
    return storage(address, slot);
  }

  public void setStorage(final Address address, final UInt256 slot, final UInt256 value) {
    getOrCreate(address);
    final UInt256 current = storage(address, slot);
    final LinkedHashMap<UInt256, UInt256> originals = originalStorage.computeIfAbsent(address, a -> new LinkedHashMap<>());
    if (!originals.containsKey(slot)) {
      originals.put(slot, current);
      record(() -> originals.remove(slot));
    }
    final LinkedHashMap<UInt256, UInt256> slots = storage.computeIfAbsent(address, a -> new LinkedHashMap<>());
    final boolean had = slots.containsKey(slot);
    final UInt256 previous = slots.put(slot, value);
    record(() -> {
      if (had) {
        slots.put(slot, previous);
      } else {
        slots.remove(slot);
      }
    });
  }

  /** Removes the account and all its storage (SELFDESTRUCT of a contract created in the same transaction). */
  public void delete(final Address address) {
    setAccount(address, Optional.empty());
    clearStorage(address);
  }

  /** Starts the account's storage afresh (contract creation over an address that had storage). */
  public void clearStorage(final Address address) {
    final LinkedHashMap<UInt256, UInt256> previousSlots = storage.remove(address);
    final Boolean wasCleared = storageCleared.put(address, Boolean.TRUE);
    record(() -> {
      if (previousSlots != null) {
        storage.put(address, previousSlots);
      }
      if (wasCleared == null) {
        storageCleared.remove(address);
      }
    });
  }

  /** Marks the start of a transaction: "original" storage values are taken from here. */
  public void beginTransaction() {
    originalStorage.clear();
  }

  /** Opens a nested scope whose changes can be reverted alone. */
  public void checkpoint() {
    checkpoints.push(journal.size());
  }

  /** Undoes every change since the innermost checkpoint and closes it. */
  public void revertToCheckpoint() {
    final int mark = checkpoints.pop();
    for (int i = journal.size() - 1; i >= mark; i--) {
      journal.remove(i).run();
    }
    version++;
  }

  /** Keeps the changes since the innermost checkpoint, folding them into the enclosing scope. */
  public void commitCheckpoint() {
    checkpoints.pop();
  }

  public int checkpointDepth() {
    return checkpoints.size();
  }

  private void record(final Runnable undo) {
    journal.add(undo);
    version++;
  }

  long version() {
    return version;
  }

  private void setAccount(final Address address, final Optional<Account> value) {
    final boolean had = accounts.containsKey(address);
    final Optional<Account> previous = accounts.put(address, value);
    record(() -> {
      if (had) {
        accounts.put(address, previous);
      } else {
        accounts.remove(address);
      }
    });
  }

  // Read by WorldStateArchive.commit, in insertion order.

  Map<Address, Optional<Account>> changedAccounts() {
    return Collections.unmodifiableMap(accounts);
  }

  Map<UInt256, UInt256> changedStorage(final Address address) {
    final Map<UInt256, UInt256> slots = storage.get(address);
    return slots == null ? Map.of() : Collections.unmodifiableMap(slots);
  }

  /** Every address with a changed account, changed slots or cleared storage, in first-touch order. */
  java.util.Set<Address> touchedAddresses() {
    final java.util.LinkedHashSet<Address> touched = new java.util.LinkedHashSet<>(accounts.keySet());
    touched.addAll(storage.keySet());
    touched.addAll(storageCleared.keySet());
    return touched;
  }

  boolean isStorageCleared(final Address address) {
    return storageCleared.containsKey(address);
  }

  Map<Hash, Bytes> newCode() {
    return Collections.unmodifiableMap(newCode);
  }
}
