package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.gov.ScheduledUpgrade;
import io.tributary.state.gov.UpgradeStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import java.util.List;

/**
 * {@code gov_getUpgrades(block)}: the protocol upgrades governance had scheduled by the block, each with its
 * activation height, the proposal that scheduled it, whether it is active at the block, and whether this node's
 * release knows it (a node that does not halts before its height).
 */
public final class GovGetUpgrades implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;

  /** One scheduled upgrade. */
  public record Upgrade(String name, String height, String proposal, boolean active, boolean known) {}

  public GovGetUpgrades(final BlockchainQueries queries, final WorldStateArchive worldState,
      final ProtocolSchedule schedule) {
    this.queries = queries;
    this.worldState = worldState;
    this.schedule = schedule;
  }

  @Override
  public String name() {
    return "gov_getUpgrades";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(0), "params[0]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final List<ScheduledUpgrade> upgrades = UpgradeStore.read(world);
      return upgrades.stream().map(u -> new Upgrade(u.name(), Quantities.of(u.height()), Quantities.of(u.proposal()),
          u.height() <= header.number(), schedule.knownUpgrades().knows(u.name()))).toList();
    });
  }
}
