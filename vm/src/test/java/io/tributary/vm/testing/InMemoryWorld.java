package io.tributary.vm.testing;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.EvmWorld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The tests' and benchmarks' world: accounts in hash maps with an undo journal, so a checkpoint costs nothing and a
 * revert undoes only what changed (a deep copy at each checkpoint would dominate a call-heavy benchmark contract);
 * code hashes are computed once. A slot's value at {@link #beginTransaction()} is its "original" value, recorded at
 * its first write (or its account's deletion) in the transaction. What @ethereumjs/evm's SimpleStateManager does for
 * the other side of the benchmark comparison.
 */
public final class InMemoryWorld implements EvmWorld {
  /** One account; storage holds non-zero slots only. */
  private static final class Account {
    long nonce;
    Wei balance = Wei.ZERO;
    Bytes code = Bytes.EMPTY;
    Hash codeHash = Hash.hash(Bytes.EMPTY);
    final Map<UInt256, UInt256> storage = new HashMap<>();

    boolean isEmpty() {
      return nonce == 0 && balance.isZero() && code.isEmpty();
    }
  }

  private final Map<Address, Account> accounts = new HashMap<>();
  private final Map<Address, Map<UInt256, UInt256>> originals = new HashMap<>();
  private final List<Runnable> journal = new ArrayList<>();
  private int[] marks = new int[64];
  private int depth;

  /** Adds or replaces an account. */
  public InMemoryWorld account(final Address address, final long nonce, final Wei balance, final Bytes code) {
    delete(address);
    setNonce(address, nonce);
    setBalance(address, balance);
    setCode(address, code);
    return this;
  }

  /** Adds or replaces an account with this code (nonce 1, as a deployed contract has). */
  public InMemoryWorld contract(final Address address, final Bytes code) {
    return account(address, 1, Wei.ZERO, code);
  }

  public InMemoryWorld contract(final Address address, final String hexCode) {
    return contract(address, Bytes.fromHexString(hexCode));
  }

  public InMemoryWorld storage(final Address address, final long slot, final long value) {
    setStorage(address, UInt256.valueOf(slot), UInt256.valueOf(value));
    return this;
  }

  /** Starts a transaction: original storage values are the current ones again; the journal is dropped. */
  public InMemoryWorld beginTransaction() {
    originals.clear();
    journal.clear();
    depth = 0;
    return this;
  }

  public UInt256 storage(final Address address, final long slot) {
    return storage(address, UInt256.valueOf(slot));
  }

  /** Number of non-zero slots of an account. */
  public int storageSize(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? 0 : a.storage.size();
  }

  public int checkpointDepth() {
    return depth;
  }

  @Override
  public boolean exists(final Address address) {
    return accounts.containsKey(address);
  }

  @Override
  public boolean isEmpty(final Address address) {
    final Account a = accounts.get(address);
    return a == null || a.isEmpty();
  }

  @Override
  public long nonce(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? 0 : a.nonce;
  }

  @Override
  public Wei balance(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? Wei.ZERO : a.balance;
  }

  @Override
  public Bytes code(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? Bytes.EMPTY : a.code;
  }

  @Override
  public Hash codeHash(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? Hash.ZERO : a.codeHash;
  }

  @Override
  public UInt256 storage(final Address address, final UInt256 slot) {
    final Account a = accounts.get(address);
    if (a == null) {
      return UInt256.ZERO;
    }
    final UInt256 value = a.storage.get(slot);
    return value == null ? UInt256.ZERO : value;
  }

  @Override
  public UInt256 originalStorage(final Address address, final UInt256 slot) {
    final Map<UInt256, UInt256> written = originals.get(address);
    if (written != null && written.containsKey(slot)) {
      return written.get(slot);
    }
    return storage(address, slot);
  }

  @Override
  public boolean hasStorage(final Address address) {
    final Account a = accounts.get(address);
    return a != null && !a.storage.isEmpty();
  }

  private Account getOrCreate(final Address address) {
    Account a = accounts.get(address);
    if (a == null) {
      a = new Account();
      accounts.put(address, a);
      journal.add(() -> accounts.remove(address));
    }
    return a;
  }

  private void recordOriginal(final Address address, final UInt256 slot, final UInt256 value) {
    originals.computeIfAbsent(address, k -> new HashMap<>()).putIfAbsent(slot, value == null ? UInt256.ZERO : value);
  }

  @Override
  public void createAccount(final Address address) {
    getOrCreate(address);
  }

  @Override
  public void setStorage(final Address address, final UInt256 slot, final UInt256 value) {
    final Account a = getOrCreate(address);
    final UInt256 previous = a.storage.get(slot);
    recordOriginal(address, slot, previous);
    if (value.isZero()) {
      a.storage.remove(slot);
    } else {
      a.storage.put(slot, value);
    }
    journal.add(() -> {
      if (previous == null) {
        a.storage.remove(slot);
      } else {
        a.storage.put(slot, previous);
      }
    });
  }

  @Override
  public void setNonce(final Address address, final long nonce) {
    final Account a = getOrCreate(address);
    final long previous = a.nonce;
    a.nonce = nonce;
    journal.add(() -> a.nonce = previous);
  }

  @Override
  public void setBalance(final Address address, final Wei balance) {
    final Account a = getOrCreate(address);
    final Wei previous = a.balance;
    a.balance = balance;
    journal.add(() -> a.balance = previous);
  }

  @Override
  public void addBalance(final Address address, final Wei amount) {
    setBalance(address, balance(address).add(amount));
  }

  @Override
  public void subtractBalance(final Address address, final Wei amount) {
    setBalance(address, balance(address).subtract(amount));
  }

  @Override
  public void setCode(final Address address, final Bytes code) {
    final Account a = getOrCreate(address);
    final Bytes previous = a.code;
    final Hash previousHash = a.codeHash;
    a.code = code;
    a.codeHash = Hash.hash(code);
    journal.add(() -> {
      a.code = previous;
      a.codeHash = previousHash;
    });
  }

  @Override
  public void delete(final Address address) {
    final Account a = accounts.remove(address);
    if (a != null) {
      a.storage.forEach((slot, value) -> recordOriginal(address, slot, value));
      journal.add(() -> accounts.put(address, a));
    }
  }

  @Override
  public void checkpoint() {
    if (depth == marks.length) {
      marks = Arrays.copyOf(marks, depth * 2);
    }
    marks[depth++] = journal.size();
  }

  @Override
  public void commitCheckpoint() {
    if (--depth == 0) {
      journal.clear();
    }
  }

  @Override
  public void revertToCheckpoint() {
    final int mark = marks[--depth];
    for (int i = journal.size() - 1; i >= mark; i--) {
      journal.remove(i).run();
    }
  }
}
