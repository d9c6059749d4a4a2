package io.tributary.state.gov;

import io.tributary.core.types.Address;
import io.tributary.state.ai.ModuleStorage;
import io.tributary.vm.EvmWorld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The BFT validator set in the Governance module's storage: slot 30 holds its size, validator i (ascending address
 * order, as block extraData lists them) sits at keccak256(5 || i). Genesis writes the first set and a passed
 * VALIDATOR_CHANGE proposal rewrites it; the set read from a block's post-state is the one that must finalise the
 * next block, so a change finalized in block N applies from block N + 1.
 */
public final class ValidatorSetStore {
  /** A set larger than this makes each height's message traffic and seal checks too costly for 1 s blocks. */
  public static final int MAX_VALIDATORS = 100;

  private static final UInt256 SIZE = UInt256.valueOf(30);
  private static final long ENTRY = 5;

  private ValidatorSetStore() {}

  /** The set in {@code world}; empty on a chain whose genesis did not write one (then the headers carry it). */
  public static List<Address> read(final EvmWorld world) {
    return read(ModuleStorage.reader(world, GovernanceModule.ADDRESS));
  }

  static List<Address> read(final ModuleStorage storage) {
    final int size = (int) storage.loadLong(SIZE);
    final List<Address> validators = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      validators.add(storage.loadAddress(ModuleStorage.recordSlot(ENTRY, i)));
    }
    return validators;
  }

  /** Replaces the set with {@code validators} (sorted here); slots beyond the new size are cleared. */
  static void write(final ModuleStorage storage, final List<Address> validators) {
    final List<Address> sorted = sorted(validators);
    // A genesis alloc may restore any value into this slot; no set was ever larger than MAX_VALIDATORS.
    final UInt256 stored = storage.load(SIZE);
    final int previous = stored.compareTo(UInt256.valueOf(MAX_VALIDATORS)) > 0 ? MAX_VALIDATORS : stored.intValue();
    for (int i = 0; i < sorted.size(); i++) {
      storage.storeAddress(ModuleStorage.recordSlot(ENTRY, i), sorted.get(i));
    }
    for (int i = sorted.size(); i < previous; i++) {
      storage.store(ModuleStorage.recordSlot(ENTRY, i), UInt256.ZERO);
    }
    storage.storeLong(SIZE, sorted.size());
  }

  /** {@code validators} in ascending unsigned byte order, the order extraData and proposer rotation use. */
  public static List<Address> sorted(final List<Address> validators) {
    return validators.stream().sorted((a, b) -> Arrays.compareUnsigned(a.toArrayUnsafe(), b.toArrayUnsafe()))
        .toList();
  }
}
