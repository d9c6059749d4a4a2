package io.tributary.vm.testing;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.EvmWorld;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A test world: accounts in insertion-ordered maps; a checkpoint is a deep copy (simple rather than fast), and the
 * storage at {@link #beginTransaction()} is kept as the "original" values.
 */
public final class InMemoryWorld implements EvmWorld {
  /** One account; storage holds non-zero slots only. */
  public static final class Account {
    long nonce;
    Wei balance = Wei.ZERO;
    Bytes code = Bytes.EMPTY;
    final Map<UInt256, UInt256> storage = new LinkedHashMap<>();

    Account copy() {
      final Account a = new Account();
      a.nonce = nonce;
      a.balance = balance;
      a.code = code;
      a.storage.putAll(storage);
      return a;
    }

    boolean isEmpty() {
      return nonce == 0 && balance.isZero() && code.isEmpty();
    }
  }

  private Map<Address, Account> accounts = new LinkedHashMap<>();
  private Map<Address, Account> original = new LinkedHashMap<>();
  private final Deque<Map<Address, Account>> checkpoints = new ArrayDeque<>();

  private static Map<Address, Account> deepCopy(final Map<Address, Account> source) {
    final Map<Address, Account> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(k, v.copy()));
    return copy;
  }

  /** Adds or replaces an account. */
  public InMemoryWorld account(final Address address, final long nonce, final Wei balance, final Bytes code) {
    final Account a = new Account();
    a.nonce = nonce;
    a.balance = balance;
    a.code = code;
    accounts.put(address, a);
    return this;
  }

  public InMemoryWorld contract(final Address address, final String hexCode) {
    return account(address, 1, Wei.ZERO, Bytes.fromHexString(hexCode));
  }

  public InMemoryWorld storage(final Address address, final long slot, final long value) {
    setStorage(address, UInt256.valueOf(slot), UInt256.valueOf(value));
    return this;
  }

  /** Takes the current storage as the transaction's original values. */
  public InMemoryWorld beginTransaction() {
    original = deepCopy(accounts);
    return this;
  }

  public UInt256 storage(final Address address, final long slot) {
    return storage(address, UInt256.valueOf(slot));
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
    return a == null ? Hash.ZERO : Hash.hash(a.code);
  }

  @Override
  public UInt256 storage(final Address address, final UInt256 slot) {
    final Account a = accounts.get(address);
    return a == null ? UInt256.ZERO : a.storage.getOrDefault(slot, UInt256.ZERO);
  }

  @Override
  public UInt256 originalStorage(final Address address, final UInt256 slot) {
    final Account a = original.get(address);
    return a == null ? UInt256.ZERO : a.storage.getOrDefault(slot, UInt256.ZERO);
  }

  @Override
  public boolean hasStorage(final Address address) {
    final Account a = accounts.get(address);
    return a != null && !a.storage.isEmpty();
  }

  private Account getOrCreate(final Address address) {
    return accounts.computeIfAbsent(address, k -> new Account());
  }

  @Override
  public void createAccount(final Address address) {
    getOrCreate(address);
  }

  @Override
  public void setStorage(final Address address, final UInt256 slot, final UInt256 value) {
    if (value.isZero()) {
      getOrCreate(address).storage.remove(slot);
    } else {
      getOrCreate(address).storage.put(slot, value);
    }
  }

  @Override
  public void setNonce(final Address address, final long nonce) {
    getOrCreate(address).nonce = nonce;
  }

  @Override
  public void setBalance(final Address address, final Wei balance) {
    getOrCreate(address).balance = balance;
  }

  @Override
  public void addBalance(final Address address, final Wei amount) {
    final Account a = getOrCreate(address);
    a.balance = a.balance.add(amount);
  }

  @Override
  public void subtractBalance(final Address address, final Wei amount) {
    final Account a = getOrCreate(address);
    a.balance = a.balance.subtract(amount);
  }

  @Override
  public void setCode(final Address address, final Bytes code) {
    getOrCreate(address).code = code;
  }

  @Override
  public void delete(final Address address) {
    accounts.remove(address);
  }

  @Override
  public void checkpoint() {
    checkpoints.push(deepCopy(accounts));
  }

  @Override
  public void commitCheckpoint() {
    checkpoints.pop();
  }

  @Override
  public void revertToCheckpoint() {
    accounts = checkpoints.pop();
  }

  public int checkpointDepth() {
    return checkpoints.size();
  }
}
