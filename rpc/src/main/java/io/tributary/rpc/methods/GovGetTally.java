package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.TallyResult;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovReader;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code gov_getTally(id, block)}: a proposal's Yes, No, Abstain and NoWithVeto weights after the block and whether
 * they reach quorum and threshold or veto it under the parameters in force; null for an id never submitted.
 */
public final class GovGetTally implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public GovGetTally(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "gov_getTally";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final long id = AiArguments.uint64(request.parameters().required(0, "proposal id"), "proposal id at params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final GovReader reader = GovernanceModule.reader(world, GovParams.DEFAULT);
      return reader.proposal(id).map(p -> TallyResult.of(p, reader.params(), reader.totalSupply())).orElse(null);
    });
  }
}
