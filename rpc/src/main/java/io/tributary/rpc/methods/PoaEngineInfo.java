package io.tributary.rpc.methods;

import io.tributary.core.block.BlockHeader;
import io.tributary.poa.AttributionParams;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.EngineInfoResult;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.ai.AiModules;
import io.tributary.state.ai.AttributionService;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code poa_engineInfo()}: the attribution engine this node verifies with (backend and device: GPU, parallel CPU or
 * the reference), the attribution parameters of the next block, and the engine's counters since the node started.
 * The backend is the node's own choice; every backend computes the same hits.
 */
public final class PoaEngineInfo implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;

  public PoaEngineInfo(final BlockchainQueries queries, final WorldStateArchive worldState,
      final ProtocolSchedule schedule) {
    this.queries = queries;
    this.worldState = worldState;
    this.schedule = schedule;
  }

  @Override
  public String name() {
    return "poa_engineInfo";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final BlockHeader head = queries.head();
    final long next = head.number() + 1;
    final AiModules ai = schedule.specAt(next).ai();
    if (!ai.isEnabled()) {
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "the AI modules are not enabled in block " + next);
    }
    // The parameters in force for the next block: governance may have changed them in the head's state.
    final AttributionParams p = ai.paramsAt(new WorldUpdaterEvmWorld(worldState.updater(head.stateRoot())), next)
        .attribution();
    final AttributionService.Counters c = ai.service().counters();
    return JsonRpcResponse.success(new EngineInfoResult(ai.service().engine().name(), ai.service().engine().device(),
        new EngineInfoResult.Params(Quantities.of(p.shingleWords()), Quantities.of(p.probes()),
            Quantities.of(p.minBits()), Quantities.of(p.maxBits()), Quantities.of(p.minHits()),
            Quantities.of(p.maxWords())),
        new EngineInfoResult.Counters(Quantities.of(c.batches()), Quantities.of(c.inferences()),
            Quantities.of(c.pairs()), Quantities.of(c.nanos() / 1_000_000))));
  }
}
