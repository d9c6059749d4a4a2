package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.bytes.MutableBytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Datasets in the DatasetRegistry's storage: slot 0 counts them (ids are 1, 2, ...); a dataset's fields start at
 * keccak256(1 || id); its sketch's bit array at keccak256(2 || id), 32 bytes per slot.
 */
final class DatasetStore {
  private static final UInt256 COUNT = UInt256.ZERO;
  private static final long RECORD = 1;
  private static final long SKETCH = 2;

  private static final int OWNER = 0;
  private static final int REGISTRANT = 1;
  private static final int NAME = 2;
  private static final int URI = 3;
  private static final int CONTENT_ROOT = 4;
  private static final int LICENCE = 5;
  private static final int BITS = 6;
  private static final int UPLOADED = 7;
  private static final int COMMITMENT = 8;
  private static final int SHINGLES = 9;
  private static final int REGISTERED_AT = 10;
  private static final int SEALED_AT = 11;
  private static final int FLAGS = 12;
  private static final int DEACTIVATED_AT = 13;
  private static final int ROYALTIES = 14;
  private static final int INFERENCES = 15;

  private static final long SEALED = 1;
  private static final long DEACTIVATED = 2;

  private final ModuleStorage storage;

  DatasetStore(final ModuleStorage storage) {
    this.storage = storage;
  }

  long count() {
    return storage.loadLong(COUNT);
  }

  private static UInt256 field(final long id, final int field) {
    return ModuleStorage.recordSlot(RECORD, id).add(field);
  }

  long register(final Address owner, final Address registrant, final String name, final String uri,
      final Bytes32 contentRoot, final String licence, final int bits, final long block) {
    final long id = count() + 1;
    storage.storeLong(COUNT, id);
    storage.storeAddress(field(id, OWNER), owner);
    storage.storeAddress(field(id, REGISTRANT), registrant);
    storage.storeString(field(id, NAME), name);
    storage.storeString(field(id, URI), uri);
    storage.storeWord(field(id, CONTENT_ROOT), contentRoot);
    storage.storeString(field(id, LICENCE), licence);
    storage.storeLong(field(id, BITS), bits);
    storage.storeLong(field(id, REGISTERED_AT), block);
    return id;
  }

  Optional<Dataset> get(final long id) {
    if (id <= 0 || id > count()) {
      return Optional.empty();
    }
    final long flags = storage.loadLong(field(id, FLAGS));
    return Optional.of(new Dataset(id, storage.loadAddress(field(id, OWNER)),
        storage.loadAddress(field(id, REGISTRANT)), storage.loadString(field(id, NAME)),
        storage.loadString(field(id, URI)), storage.loadWord(field(id, CONTENT_ROOT)),
        storage.loadString(field(id, LICENCE)), (int) storage.loadLong(field(id, BITS)),
        storage.loadLong(field(id, UPLOADED)), storage.loadWord(field(id, COMMITMENT)),
        storage.loadLong(field(id, SHINGLES)), storage.loadLong(field(id, REGISTERED_AT)), (flags & SEALED) != 0,
        storage.loadLong(field(id, SEALED_AT)), (flags & DEACTIVATED) == 0,
        storage.loadLong(field(id, DEACTIVATED_AT)), Wei.of(storage.load(field(id, ROYALTIES))),
        storage.loadLong(field(id, INFERENCES))));
  }

  /** Only what attribution needs: cheaper than {@link #get} (no strings). */
  Optional<Long> sealedAtIfAttributable(final long id, final long block) {
    if (id <= 0 || id > count()) {
      return Optional.empty();
    }
    final long flags = storage.loadLong(field(id, FLAGS));
    final long sealedAt = storage.loadLong(field(id, SEALED_AT));
    final boolean active = (flags & DEACTIVATED) == 0;
    final boolean attributable = (flags & SEALED) != 0 && sealedAt < block
        && (active || storage.loadLong(field(id, DEACTIVATED_AT)) >= block);
    return attributable ? Optional.of(sealedAt) : Optional.empty();
  }

  Address owner(final long id) {
    return storage.loadAddress(field(id, OWNER));
  }

  Bytes32 commitment(final long id) {
    return storage.loadWord(field(id, COMMITMENT));
  }

  int bits(final long id) {
    return (int) storage.loadLong(field(id, BITS));
  }

  /** Appends {@code chunk} (a multiple of 32 bytes) to the sketch at byte {@code uploaded}; charges per word. */
  void appendSketch(final long id, final long uploaded, final Bytes chunk) {
    final UInt256 base = ModuleStorage.recordSlot(SKETCH, id).add(uploaded / 32);
    for (int offset = 0, i = 0; offset < chunk.size(); offset += 32, i++) {
      storage.gas().charge(storage.prices().sketchWord());
      storage.world().setStorage(AiAddresses.DATASET_REGISTRY, base.add(i),
          UInt256.fromBytes(Bytes32.wrap(chunk.slice(offset, 32))));
    }
    storage.storeLong(field(id, UPLOADED), uploaded + chunk.size());
  }

  /** The uploaded bit array (charged per word read, and per word hashed by the caller). */
  Bytes sketchBytes(final long id, final long length) {
    final MutableBytes out = MutableBytes.create((int) length);
    final UInt256 base = ModuleStorage.recordSlot(SKETCH, id);
    for (int offset = 0, i = 0; offset < length; offset += 32, i++) {
      storage.gas().charge(storage.prices().hashWord());
      storage.world().storage(AiAddresses.DATASET_REGISTRY, base.add(i)).toBytes().copyTo(out, offset);
    }
    return out;
  }

  void seal(final long id, final Bytes32 commitment, final long shingles, final long block) {
    storage.storeWord(field(id, COMMITMENT), commitment);
    storage.storeLong(field(id, SHINGLES), shingles);
    storage.storeLong(field(id, SEALED_AT), block);
    storage.storeLong(field(id, FLAGS), storage.loadLong(field(id, FLAGS)) | SEALED);
  }

  void setOwner(final long id, final Address owner) {
    storage.storeAddress(field(id, OWNER), owner);
  }

  void deactivate(final long id, final long block) {
    storage.storeLong(field(id, FLAGS), storage.loadLong(field(id, FLAGS)) | DEACTIVATED);
    storage.storeLong(field(id, DEACTIVATED_AT), block);
  }

  void addRoyalty(final long id, final Wei amount) {
    storage.store(field(id, ROYALTIES), storage.load(field(id, ROYALTIES)).add(amount.toUInt256()));
    storage.storeLong(field(id, INFERENCES), storage.loadLong(field(id, INFERENCES)) + 1);
  }
}
