package io.tributary.vm.frame;

import io.tributary.core.block.Log;
import io.tributary.core.types.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * What one transaction accrues besides the world state (the yellow paper's substate): warm addresses and slots
 * (EIP-2929), transient storage (EIP-1153), touched accounts (EIP-161), self-destructs, created contracts, logs and the
 * refund counter. Journaled like the world: each frame opens a checkpoint, and a reverted frame takes back everything
 * it added here too. The hash sets are only asked for membership; whatever is iterated keeps insertion order.
 */
public final class TransactionSubstate {
  /** A storage slot of an account: the key of warm slots and transient storage. */
  public record SlotKey(Address address, UInt256 slot) {}

  private final Set<Address> warmAddresses = new HashSet<>();
  private final Set<SlotKey> warmSlots = new HashSet<>();
  private final Map<SlotKey, UInt256> transientStorage = new HashMap<>();
  private final LinkedHashSet<Address> touched = new LinkedHashSet<>();
  private final LinkedHashSet<Address> selfDestructs = new LinkedHashSet<>();
  private final LinkedHashSet<Address> created = new LinkedHashSet<>();
  private final List<Log> logs = new ArrayList<>();
  private long refund;

  private final List<Runnable> journal = new ArrayList<>();
  private int[] checkpoints = new int[64];
  private int depth;

  // ------------------------------------------------------------------ journal

  public void checkpoint() {
    if (depth == checkpoints.length) {
      checkpoints = java.util.Arrays.copyOf(checkpoints, depth * 2);
    }
    checkpoints[depth++] = journal.size();
  }

  public void commitCheckpoint() {
    depth--;
    if (depth == 0) {
      journal.clear();
    }
  }

  public void revertToCheckpoint() {
    final int mark = checkpoints[--depth];
    for (int i = journal.size() - 1; i >= mark; i--) {
      journal.remove(i).run();
    }
  }

  private void record(final Runnable undo) {
    if (depth > 0) {
      journal.add(undo);
    }
  }

  // ------------------------------------------------------------------ EIP-2929

  /** Marks the address warm; answers whether it was warm already. */
  public boolean warmAddress(final Address address) {
    if (warmAddresses.add(address)) {
      record(() -> warmAddresses.remove(address));
      return false;
    }
    return true;
  }

  public boolean isWarm(final Address address) {
    return warmAddresses.contains(address);
  }

  /** Marks the slot warm; answers whether it was warm already. */
  public boolean warmSlot(final Address address, final UInt256 slot) {
    final SlotKey key = new SlotKey(address, slot);
    if (warmSlots.add(key)) {
      record(() -> warmSlots.remove(key));
      return false;
    }
    return true;
  }

  public boolean isWarm(final Address address, final UInt256 slot) {
    return warmSlots.contains(new SlotKey(address, slot));
  }

  // ------------------------------------------------------------------ EIP-1153

  public UInt256 transientStorage(final Address address, final UInt256 slot) {
    final UInt256 value = transientStorage.get(new SlotKey(address, slot));
    return value == null ? UInt256.ZERO : value;
  }

  public void setTransientStorage(final Address address, final UInt256 slot, final UInt256 value) {
    final SlotKey key = new SlotKey(address, slot);
    final UInt256 previous = value.isZero() ? transientStorage.remove(key) : transientStorage.put(key, value);
    record(() -> {
      if (previous == null) {
        transientStorage.remove(key);
      } else {
        transientStorage.put(key, previous);
      }
    });
  }

  // ------------------------------------------------------------------ accounts

  /** EIP-161: the account was touched (a value transfer, even of zero, a STATICCALL, a self-destruct's heir). */
  public void touch(final Address address) {
    if (touched.add(address)) {
      record(() -> touched.remove(address));
    }
  }

  public void addSelfDestruct(final Address address) {
    if (selfDestructs.add(address)) {
      record(() -> selfDestructs.remove(address));
    }
  }

  public boolean isSelfDestructed(final Address address) {
    return selfDestructs.contains(address);
  }

  public void addCreated(final Address address) {
    if (created.add(address)) {
      record(() -> created.remove(address));
    }
  }

  /** Whether the contract was created in this transaction (EIP-6780 lets only those self-destruct). */
  public boolean wasCreated(final Address address) {
    return created.contains(address);
  }

  public void addLog(final Log log) {
    logs.add(log);
    record(() -> logs.remove(logs.size() - 1));
  }

  public void addRefund(final long amount) {
    refund += amount;
    record(() -> refund -= amount);
  }

  public long refund() {
    return refund;
  }

  public List<Log> logs() {
    return List.copyOf(logs);
  }

  public List<Address> touchedAccounts() {
    return List.copyOf(touched);
  }

  public List<Address> selfDestructs() {
    return List.copyOf(selfDestructs);
  }

  public List<Address> createdAccounts() {
    return List.copyOf(created);
  }
}
