package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.ProposalResult;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code gov_getProposal(id, block)}: a proposal as the Governance module holds it after the block (kind, proposer,
 * texts, what it does, status, periods, deposits, tally); null for an id never submitted.
 */
public final class GovGetProposal implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public GovGetProposal(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "gov_getProposal";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final long id = AiArguments.uint64(request.parameters().required(0, "proposal id"), "proposal id at params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block, (header, world) -> GovernanceModule.reader(world,
        GovParams.DEFAULT).proposal(id).map(ProposalResult::of).orElse(null));
  }
}
