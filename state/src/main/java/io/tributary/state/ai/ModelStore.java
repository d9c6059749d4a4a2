package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Models in the ModelRegistry's storage: slot 0 counts them (ids 1, 2, ...); a model's fields start at
 * keccak256(1 || id). The fee split is packed into one slot, 16 bits per share.
 */
final class ModelStore {
  private static final UInt256 COUNT = UInt256.ZERO;
  private static final long RECORD = 1;

  private static final int OWNER = 0;
  private static final int BASE = 1;
  private static final int NAME = 2;
  private static final int URI = 3;
  private static final int WEIGHTS = 4;
  private static final int TRAINING = 5;
  private static final int CANDIDATES = 6;
  private static final int FEE = 7;
  private static final int SPLIT = 8;
  private static final int REGISTERED_AT = 9;
  private static final int INACTIVE = 10;

  private final ModuleStorage storage;

  ModelStore(final ModuleStorage storage) {
    this.storage = storage;
  }

  long count() {
    return storage.loadLong(COUNT);
  }

  private static UInt256 field(final long id, final int field) {
    return ModuleStorage.recordSlot(RECORD, id).add(field);
  }

  long register(final Address owner, final long base, final String name, final String uri, final Bytes32 weights,
      final long[] training, final long[] candidates, final Wei fee, final FeeSplit split, final long block) {
    final long id = count() + 1;
    storage.storeLong(COUNT, id);
    storage.storeAddress(field(id, OWNER), owner);
    storage.storeLong(field(id, BASE), base);
    storage.storeString(field(id, NAME), name);
    storage.storeString(field(id, URI), uri);
    storage.storeWord(field(id, WEIGHTS), weights);
    storage.storeLongs(field(id, TRAINING), training);
    storage.storeLongs(field(id, CANDIDATES), candidates);
    storage.store(field(id, FEE), fee.toUInt256());
    storage.storeLong(field(id, SPLIT), pack(split));
    storage.storeLong(field(id, REGISTERED_AT), block);
    return id;
  }

  boolean exists(final long id) {
    return id > 0 && id <= count();
  }

  Optional<Model> get(final long id) {
    if (!exists(id)) {
      return Optional.empty();
    }
    return Optional.of(new Model(id, storage.loadAddress(field(id, OWNER)), storage.loadLong(field(id, BASE)),
        storage.loadString(field(id, NAME)), storage.loadString(field(id, URI)),
        storage.loadWord(field(id, WEIGHTS)), storage.loadLongs(field(id, TRAINING)), candidates(id), fee(id),
        split(id), storage.loadLong(field(id, REGISTERED_AT)), isActive(id)));
  }

  Address owner(final long id) {
    return storage.loadAddress(field(id, OWNER));
  }

  long base(final long id) {
    return storage.loadLong(field(id, BASE));
  }

  long[] candidates(final long id) {
    return storage.loadLongs(field(id, CANDIDATES));
  }

  Wei fee(final long id) {
    return Wei.of(storage.load(field(id, FEE)));
  }

  FeeSplit split(final long id) {
    final long packed = storage.loadLong(field(id, SPLIT));
    return new FeeSplit((int) (packed >>> 48) & 0xffff, (int) (packed >>> 32) & 0xffff,
        (int) (packed >>> 16) & 0xffff, (int) packed & 0xffff);
  }

  boolean isActive(final long id) {
    return storage.loadLong(field(id, INACTIVE)) == 0;
  }

  void setFee(final long id, final Wei fee) {
    storage.store(field(id, FEE), fee.toUInt256());
  }

  void deactivate(final long id) {
    storage.storeLong(field(id, INACTIVE), 1);
  }

  private static long pack(final FeeSplit split) {
    return ((long) split.ownerBps() << 48) | ((long) split.lineageBps() << 32) | ((long) split.dataBps() << 16)
        | split.treasuryBps();
  }
}
