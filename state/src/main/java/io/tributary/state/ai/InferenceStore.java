package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Inferences and royalty totals in the Attribution module's storage: slot 0 counts inferences (ids 1, 2, ...); an
 * inference's fields start at keccak256(1 || id); an address's royalty total at keccak256(2 || address).
 */
final class InferenceStore {
  private static final UInt256 COUNT = UInt256.ZERO;
  private static final long RECORD = 1;
  private static final long ROYALTIES = 2;

  private static final int MODEL = 0;
  private static final int CALLER = 1;
  private static final int OUTPUT = 2;
  private static final int WORDS_HASH = 3;
  private static final int WORD_COUNT = 4;
  private static final int FEE = 5;
  private static final int BLOCK = 6;
  private static final int CLAIM_DATASETS = 7;
  private static final int CLAIM_HITS = 8;

  private final ModuleStorage storage;

  InferenceStore(final ModuleStorage storage) {
    this.storage = storage;
  }

  long count() {
    return storage.loadLong(COUNT);
  }

  private static UInt256 field(final long id, final int field) {
    return ModuleStorage.recordSlot(RECORD, id).add(field);
  }

  long record(final long model, final Address caller, final Bytes32 output, final Bytes32 wordsHash,
      final int wordCount, final Wei fee, final long block, final List<Claim> claims) {
    final long id = count() + 1;
    storage.storeLong(COUNT, id);
    storage.storeLong(field(id, MODEL), model);
    storage.storeAddress(field(id, CALLER), caller);
    storage.storeWord(field(id, OUTPUT), output);
    storage.storeWord(field(id, WORDS_HASH), wordsHash);
    storage.storeLong(field(id, WORD_COUNT), wordCount);
    storage.store(field(id, FEE), fee.toUInt256());
    storage.storeLong(field(id, BLOCK), block);
    storage.storeLongs(field(id, CLAIM_DATASETS), claims.stream().mapToLong(Claim::datasetId).toArray());
    storage.storeLongs(field(id, CLAIM_HITS), claims.stream().mapToLong(Claim::hits).toArray());
    return id;
  }

  Optional<InferenceRecord> get(final long id) {
    if (id <= 0 || id > count()) {
      return Optional.empty();
    }
    final long[] datasets = storage.loadLongs(field(id, CLAIM_DATASETS));
    final long[] hits = storage.loadLongs(field(id, CLAIM_HITS));
    final List<Claim> claims = new ArrayList<>(datasets.length);
    for (int i = 0; i < datasets.length; i++) {
      claims.add(new Claim(datasets[i], (int) hits[i]));
    }
    return Optional.of(new InferenceRecord(id, storage.loadLong(field(id, MODEL)),
        storage.loadAddress(field(id, CALLER)), storage.loadWord(field(id, OUTPUT)),
        storage.loadWord(field(id, WORDS_HASH)), (int) storage.loadLong(field(id, WORD_COUNT)),
        Wei.of(storage.load(field(id, FEE))), storage.loadLong(field(id, BLOCK)), claims));
  }

  Royalties royalties(final Address account) {
    final UInt256 base = ModuleStorage.recordSlot(ROYALTIES, account);
    return new Royalties(Wei.of(storage.load(base)), storage.loadLong(base.add(1)));
  }

  void addRoyalty(final Address account, final Wei amount) {
    final UInt256 base = ModuleStorage.recordSlot(ROYALTIES, account);
    storage.store(base, storage.load(base).add(amount.toUInt256()));
    storage.storeLong(base.add(1), storage.loadLong(base.add(1)) + 1);
  }
}
