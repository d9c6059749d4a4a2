package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.ProposalPage;
import io.tributary.rpc.results.ProposalResult;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovReader;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.world.WorldStateArchive;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gov_listProposals({fromId, limit}, block)}: the number of proposals submitted and a page of them, ascending
 * from {@code fromId} (default 1), at most {@code limit} (default 100, at most 1,000).
 */
public final class GovListProposals implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public GovListProposals(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "gov_listProposals";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final AiArguments.Page page = AiArguments.page(request.parameters().optional(0), "params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final GovReader reader = GovernanceModule.reader(world, GovParams.DEFAULT);
      final long count = reader.proposalCount();
      final List<ProposalResult> proposals = new ArrayList<>();
      for (long id = Math.max(1, page.fromId()); id <= count && proposals.size() < page.limit(); id++) {
        reader.proposal(id).map(ProposalResult::of).ifPresent(proposals::add);
      }
      return new ProposalPage(Quantities.of(count), proposals);
    });
  }
}
