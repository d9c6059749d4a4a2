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

  private UpgradeStore() {}

  /** Every upgrade scheduled in {@code world}, in the order they were scheduled. */
  public static List<ScheduledUpgrade> read(final EvmWorld world) {
    return read(ModuleStorage.reader(world, GovernanceModule.ADDRESS));
  }

  static List<ScheduledUpgrade> read(final ModuleStorage storage) {
    final int count = (int) storage.loadLong(COUNT);
    final List<ScheduledUpgrade> upgrades = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      final UInt256 slot = ModuleStorage.recordSlot(ENTRY, i);
      upgrades.add(new ScheduledUpgrade(storage.loadString(slot), storage.loadLong(slot.add(1)),
          storage.loadLong(slot.add(2))));
    }
    return upgrades;
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
