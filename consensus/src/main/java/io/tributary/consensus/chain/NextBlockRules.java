package io.tributary.consensus.chain;

import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.gov.ChainParamStore;
import io.tributary.state.gov.ValidatorSetStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.vm.EvmWorld;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the child of a block must be, read from the block's post-state, where governance writes it: the validator set
 * that finalises it, its gas limit and its base fee. The proposer builds the child with these, every validator checks
 * them, the pool and RPC price transactions by them. A chain whose genesis kept no validator set in state (older
 * chains, hand-made test chains) carries its set in the headers, unchanged from block to block; a gas limit
 * governance never set carries over from the parent.
 */
public final class NextBlockRules {
  private static final int CACHE = 16;

  private final ProtocolSchedule schedule;
  private final WorldStateArchive archive;
  private final Map<Hash, Rules> byParent = new LinkedHashMap<>(CACHE, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(final Map.Entry<Hash, Rules> eldest) {
      return size() > CACHE;
    }
  };

  /**
   * @param validators ascending, as the child's extraData must list them
   */
  public record Rules(List<Address> validators, long gasLimit, Wei baseFee) {}

  public NextBlockRules(final ProtocolSchedule schedule, final WorldStateArchive archive) {
    this.schedule = schedule;
    this.archive = archive;
  }

  /** The rules of {@code parent}'s child; {@code parent}'s state must be available (it is for every recent block). */
  public synchronized Rules forChildOf(final BlockHeader parent) {
    final Rules cached = byParent.get(parent.hash());
    if (cached != null) {
      return cached;
    }
    final EvmWorld world = new WorldUpdaterEvmWorld(archive.updater(parent.stateRoot()));
    final List<Address> stored = ValidatorSetStore.read(world);
    final List<Address> validators = stored.isEmpty() ? headerValidators(parent) : stored;
    final long gasLimit = ChainParamStore.gasLimit(world).orElse(parent.gasLimit());
    final Wei baseFee = ChainParamStore.baseFee(world, schedule.specAt(parent.number() + 1).baseFee())
        .nextBaseFee(parent);
    final Rules rules = new Rules(List.copyOf(validators), gasLimit, baseFee);
    byParent.put(parent.hash(), rules);
    return rules;
  }

  /** The set {@code parent}'s extraData names; none for a header that is not a BFT block's (fee-only test chains). */
  private static List<Address> headerValidators(final BlockHeader parent) {
    try {
      return BftExtraData.decode(parent.extraData()).validators();
    } catch (final DecodingException | IllegalArgumentException e) {
      return List.of();
    }
  }

  /** The validator set that must finalise {@code parent}'s child. */
  public List<Address> validators(final BlockHeader parent) {
    return forChildOf(parent).validators();
  }
}
