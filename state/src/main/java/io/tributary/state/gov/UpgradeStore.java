package io.tributary.state.gov;

import io.tributary.state.ai.ModuleStorage;
import io.tributary.vm.EvmWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Scheduled protocol upgrades in the Governance module's storage: slot 50 counts them; upgrade i has its name at
 * keccak256(6 || i), its activation height and proposal id in the two slots after. Never removed: the list is the
 * chain's record of which rules apply from which height.
 */
public final class UpgradeStore {
  private static final UInt256 COUNT = UInt256.valueOf(50);
  private static final long ENTRY = 6;
  /** More upgrades than a chain will ever schedule (one per passed proposal). */
  static final int MAX_UPGRADES = 1_024;
  static final int MAX_NAME_BYTES = 64;

  private UpgradeStore() {}

  /** Every upgrade scheduled in {@code world}, in the order they were scheduled. */
  public static List<ScheduledUpgrade> read(final EvmWorld world) {
    return read(ModuleStorage.reader(world, GovernanceModule.ADDRESS));
  }

  static List<ScheduledUpgrade> read(final ModuleStorage storage) {
    // Governance adds one entry per passed proposal and names are at most 64 bytes, but a genesis alloc may restore
    // any words here (a fork's file): read at most MAX_UPGRADES entries, and a name that is not one as a blank,
    // which no release knows, so such a file makes nodes halt at its height rather than hang or crash at start.
    final int count = (int) bounded(storage.load(COUNT), MAX_UPGRADES);
    final List<ScheduledUpgrade> upgrades = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      final UInt256 slot = ModuleStorage.recordSlot(ENTRY, i);
      final String name = bounded(storage.load(slot), Long.MAX_VALUE) <= MAX_NAME_BYTES ? storage.loadString(slot) : "";
      upgrades.add(new ScheduledUpgrade(name, bounded(storage.load(slot.add(1)), Long.MAX_VALUE),
          bounded(storage.load(slot.add(2)), Long.MAX_VALUE)));
    }
    return upgrades;
  }

  /** Whether another upgrade fits the list. */
  static boolean full(final ModuleStorage storage) {
    return bounded(storage.load(COUNT), MAX_UPGRADES) >= MAX_UPGRADES;
  }

  private static long bounded(final UInt256 value, final long max) {
    return value.compareTo(UInt256.valueOf(max)) > 0 ? max : value.toLong();
  }

  static Optional<ScheduledUpgrade> named(final ModuleStorage storage, final String name) {
    return read(storage).stream().filter(u -> u.name().equals(name)).findFirst();
  }

  static void add(final ModuleStorage storage, final ScheduledUpgrade upgrade) {
    final long count = storage.loadLong(COUNT);
    final UInt256 slot = ModuleStorage.recordSlot(ENTRY, count);
    storage.storeString(slot, upgrade.name());
    storage.storeLong(slot.add(1), upgrade.height());
    storage.storeLong(slot.add(2), upgrade.proposal());
    storage.storeLong(COUNT, count + 1);
  }
}
