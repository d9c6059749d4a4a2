package io.tributary.state.evm;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.world.Account;
import io.tributary.state.world.WorldUpdater;
import io.tributary.vm.EvmWorld;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The EVM's view of the world over a {@link WorldUpdater}: the updater journals every change, so the EVM's per-frame
 * checkpoints map onto its own. What lives for one transaction only (warm sets, transient storage, touched accounts,
 * refunds, logs) the VM keeps itself.
 */
public final class WorldUpdaterEvmWorld implements EvmWorld {
  private final WorldUpdater world;

  public WorldUpdaterEvmWorld(final WorldUpdater world) {
    this.world = world;
  }

  public WorldUpdater updater() {
    return world;
  }

  @Override
  public boolean exists(final Address address) {
    return world.exists(address);
  }

  @Override
  public boolean isEmpty(final Address address) {
    return world.isEmpty(address);
  }

  @Override
  public long nonce(final Address address) {
    return world.nonce(address);
  }

  @Override
  public Wei balance(final Address address) {
    return world.balance(address);
  }

  @Override
  public Bytes code(final Address address) {
    return world.code(address);
  }

  /** Read from the account, not hashed again: zero for a missing account, as EXTCODEHASH answers. */
  @Override
  public Hash codeHash(final Address address) {
    final Optional<Account> account = world.account(address);
    return account.isPresent() ? account.get().codeHash() : Hash.ZERO;
  }

  @Override
  public UInt256 storage(final Address address, final UInt256 slot) {
    return world.storage(address, slot);
  }

  @Override
  public UInt256 originalStorage(final Address address, final UInt256 slot) {
    return world.originalStorage(address, slot);
  }

  @Override
  public boolean hasStorage(final Address address) {
    return world.hasStorage(address);
  }

  @Override
  public void createAccount(final Address address) {
    world.getOrCreate(address);
  }

  @Override
  public void setStorage(final Address address, final UInt256 slot, final UInt256 value) {
    world.setStorage(address, slot, value);
  }

  @Override
  public void setNonce(final Address address, final long nonce) {
    world.setNonce(address, nonce);
  }

  @Override
  public void setBalance(final Address address, final Wei balance) {
    world.setBalance(address, balance);
  }

  @Override
  public void addBalance(final Address address, final Wei amount) {
    world.addBalance(address, amount);
  }

  @Override
  public void subtractBalance(final Address address, final Wei amount) {
    world.subtractBalance(address, amount);
  }

  @Override
  public void setCode(final Address address, final Bytes code) {
    world.setCode(address, code);
  }

  @Override
  public void delete(final Address address) {
    world.delete(address);
  }

  @Override
  public void checkpoint() {
    world.checkpoint();
  }

  @Override
  public void commitCheckpoint() {
    world.commitCheckpoint();
  }

  @Override
  public void revertToCheckpoint() {
    world.revertToCheckpoint();
  }
}
