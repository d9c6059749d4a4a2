package io.tributary.state.ai;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.vm.EvmWorld;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.bytes.MutableBytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A module's records in its own account storage, so the state root covers them and export and proofs see them as
 * any contract's storage. A record of kind {@code tag} and id {@code id} starts at slot keccak256(tag || id) (both as
 * 32-byte words); field i is that slot + i. A byte string keeps its length at its field and its bytes from
 * keccak256(field slot) on, 32 per slot, as Solidity lays out {@code bytes}.
 *
 * <p>Every read and write is charged to the call's {@link GasMeter} by the {@link AiGasSchedule}; writes in a static
 * call revert.
 */
public final class ModuleStorage {
  private final EvmWorld world;
  private final Address self;
  private final GasMeter gas;
  private final AiGasSchedule prices;
  private final boolean readOnly;

  public ModuleStorage(final EvmWorld world, final Address self, final GasMeter gas, final AiGasSchedule prices,
      final boolean readOnly) {
    this.world = world;
    this.self = self;
    this.gas = gas;
    this.prices = prices;
    this.readOnly = readOnly;
  }

  /** Free, read-only access for RPC and the block's attribution pre-check. */
  public static ModuleStorage reader(final EvmWorld world, final Address self) {
    return new ModuleStorage(world, self, GasMeter.unlimited(), AiGasSchedule.FREE, true);
  }

  public GasMeter gas() {
    return gas;
  }

  AiGasSchedule prices() {
    return prices;
  }

  public EvmWorld world() {
    return world;
  }

  public static UInt256 recordSlot(final long tag, final long id) {
    return UInt256.fromBytes(Bytes32.wrap(Keccak256.digest(
        Bytes.concatenate(UInt256.valueOf(tag), UInt256.valueOf(id)).toArrayUnsafe())));
  }

  public static UInt256 recordSlot(final long tag, final Address key) {
    return UInt256.fromBytes(Bytes32.wrap(Keccak256.digest(
        Bytes.concatenate(UInt256.valueOf(tag), Bytes32.leftPad(key)).toArrayUnsafe())));
  }

  public UInt256 load(final UInt256 slot) {
    gas.charge(prices.storageRead());
    return world.storage(self, slot);
  }

  public void store(final UInt256 slot, final UInt256 value) {
    if (readOnly) {
      throw new ModuleRevert("StaticCall", "a static call cannot change a module's state");
    }
    final UInt256 current = world.storage(self, slot);
    if (current.equals(value)) {
      gas.charge(prices.storageRead());
      return;
    }
    gas.charge(current.isZero() ? prices.storageSet() : prices.storageUpdate());
    world.setStorage(self, slot, value);
  }

  public long loadLong(final UInt256 slot) {
    return load(slot).toLong();
  }

  public void storeLong(final UInt256 slot, final long value) {
    store(slot, UInt256.valueOf(value));
  }

  public Address loadAddress(final UInt256 slot) {
    return Address.wrap(load(slot).slice(12).copy());
  }

  public void storeAddress(final UInt256 slot, final Address value) {
    store(slot, UInt256.fromBytes(Bytes32.leftPad(value)));
  }

  Bytes32 loadWord(final UInt256 slot) {
    return Bytes32.wrap(load(slot).toBytes().copy());
  }

  void storeWord(final UInt256 slot, final Bytes32 value) {
    store(slot, UInt256.fromBytes(value));
  }

  /** Where the bytes of the string or byte array whose length is at {@code slot} begin. */
  static UInt256 dataSlot(final UInt256 slot) {
    return UInt256.fromBytes(Bytes32.wrap(Keccak256.digest(slot.toArrayUnsafe())));
  }

  void storeBytes(final UInt256 slot, final Bytes value) {
    storeLong(slot, value.size());
    final UInt256 base = dataSlot(slot);
    for (int offset = 0, i = 0; offset < value.size(); offset += 32, i++) {
      final MutableBytes word = MutableBytes.create(32);
      value.slice(offset, Math.min(32, value.size() - offset)).copyTo(word, 0);
      store(base.add(i), UInt256.fromBytes(word));
    }
  }

  Bytes loadBytes(final UInt256 slot) {
    final long length = loadLong(slot);
    final MutableBytes out = MutableBytes.create((int) length);
    final UInt256 base = dataSlot(slot);
    for (int offset = 0, i = 0; offset < length; offset += 32, i++) {
      final Bytes word = load(base.add(i)).toBytes();
      word.slice(0, (int) Math.min(32, length - offset)).copyTo(out, offset);
    }
    return out;
  }

  public void storeString(final UInt256 slot, final String value) {
    storeBytes(slot, Bytes.wrap(value.getBytes(StandardCharsets.UTF_8)));
  }

  public String loadString(final UInt256 slot) {
    return new String(loadBytes(slot).toArrayUnsafe(), StandardCharsets.UTF_8);
  }

  /** An array of uint64 at {@code slot}: its length there, then four values per slot from keccak256(slot). */
  void storeLongs(final UInt256 slot, final long[] values) {
    final MutableBytes bytes = MutableBytes.create(values.length * 8);
    for (int i = 0; i < values.length; i++) {
      bytes.setLong(i * 8, values[i]);
    }
    storeLong(slot, values.length);
    final UInt256 base = dataSlot(slot);
    for (int offset = 0, i = 0; offset < bytes.size(); offset += 32, i++) {
      final MutableBytes word = MutableBytes.create(32);
      bytes.slice(offset, Math.min(32, bytes.size() - offset)).copyTo(word, 0);
      store(base.add(i), UInt256.fromBytes(word));
    }
  }

  long[] loadLongs(final UInt256 slot) {
    final int length = (int) loadLong(slot);
    final long[] values = new long[length];
    final UInt256 base = dataSlot(slot);
    Bytes word = Bytes.EMPTY;
    for (int i = 0; i < length; i++) {
      if (i % 4 == 0) {
        word = load(base.add(i / 4)).toBytes();
      }
      values[i] = word.getLong((i % 4) * 8);
    }
    return values;
  }
}
