package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import io.tributary.core.block.Log;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.GovNames;
import io.tributary.rpc.results.Quantities;
import io.tributary.rpc.results.VotesPage;
import io.tributary.state.chain.LogLocation;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovReader;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.gov.Proposal;
import io.tributary.state.gov.VoteOption;
import io.tributary.state.world.WorldStateArchive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * {@code gov_getVotes(id, {offset, limit}, block)}: who voted on a proposal up to the block, in the order the votes
 * were cast, with option and weight; null for an id never submitted. The module keeps votes by voter, not a list of
 * voters, so the voters are found from the module's {@code Voted} logs in the proposal's voting period (the chain's
 * log index names the blocks to read) and each vote is then read from the module's state, which is authoritative.
 * A page holds at most {@code limit} votes (default 100, at most 1,000) from {@code offset} (default 0).
 */
public final class GovGetVotes implements JsonRpcMethod {
  private static final Hash VOTED = GovernanceModule.VOTED.topic();

  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public GovGetVotes(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "gov_getVotes";
  }

  private record Page(long offset, int limit) {}

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final long id = AiArguments.uint64(request.parameters().required(0, "proposal id"), "proposal id at params[0]");
    final Page page = page(request.parameters().optional(1), "params[1]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(2), "params[2]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final GovReader reader = GovernanceModule.reader(world, GovParams.DEFAULT);
      final Optional<Proposal> proposal = reader.proposal(id);
      if (proposal.isEmpty()) {
        return null;
      }
      final Proposal p = proposal.get();
      final List<VotesPage.Vote> votes = new ArrayList<>();
      String next = null;
      if (p.votingEnd() != 0) {
        final long to = Math.min(p.votingEnd() - 1, header.number());
        final Hash idTopic = Hash.wrap(Bytes32.leftPad(UInt256.valueOf(id)));
        long seen = 0;
        Block current = null;
        List<TransactionReceipt> receipts = List.of();
        for (final LogLocation at : queries.chain().logsByTopic(VOTED, p.votingStart(), to)) {
          if (current == null || current.header().number() != at.blockNumber()) {
            current = queries.chain().blockByNumber(at.blockNumber()).orElse(null);
            receipts = current == null ? List.of() : queries.chain().receipts(current.hash()).orElse(List.of());
          }
          if (at.transactionIndex() >= receipts.size()) {
            continue;
          }
          final List<Log> logs = receipts.get(at.transactionIndex()).logs();
          if (at.logIndex() >= logs.size()) {
            continue;
          }
          final Log log = logs.get(at.logIndex());
          if (!log.address().equals(GovernanceModule.ADDRESS) || log.topics().size() != 3
              || !log.topics().get(0).equals(VOTED) || !log.topics().get(1).equals(idTopic)) {
            continue; // another proposal's vote, or a contract's look-alike event
          }
          final Address voter = Address.wrap(log.topics().get(2).slice(12));
          final Optional<VoteOption> option = reader.vote(id, voter);
          if (option.isEmpty()) {
            continue;
          }
          if (seen++ < page.offset()) {
            continue;
          }
          if (votes.size() == page.limit()) {
            next = Quantities.of(page.offset() + votes.size());
            break;
          }
          votes.add(new VotesPage.Vote(voter.toHexString(), GovNames.of(option.get()),
              reader.voteWeight(id, voter).toShortHexString(), Quantities.of(at.blockNumber()),
              current.body().transactions().get(at.transactionIndex()).hash().toHexString()));
        }
      }
      return new VotesPage(Quantities.of(id), votes, next);
    });
  }

  private static Page page(final Optional<JsonNode> node, final String where) {
    if (node.isEmpty()) {
      return new Page(0, AiArguments.DEFAULT_LIMIT);
    }
    final JsonNode options = AiArguments.object(node.get(), where, Set.of("offset", "limit"));
    final long offset = AiArguments.field(options, "offset").map(n -> AiArguments.uint64(n, "offset at " + where))
        .orElse(0L);
    final long limit = AiArguments.field(options, "limit").map(n -> AiArguments.uint64(n, "limit at " + where))
        .orElse((long) AiArguments.DEFAULT_LIMIT);
    if (limit < 1 || limit > AiArguments.MAX_LIMIT) {
      throw new InvalidJsonRpcParameters("invalid limit at " + where + ": " + Long.toUnsignedString(limit)
          + " is outside 1.." + AiArguments.MAX_LIMIT);
    }
    return new Page(offset < 0 ? Long.MAX_VALUE : offset, (int) limit);
  }
}
