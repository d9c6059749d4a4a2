package io.tributary.rpc.methods;

import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.types.Address;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.world.WorldStateArchive;
import java.util.List;

/**
 * {@code gov_getValidators(block)}: the validator set that finalised the block (from its header) and the one that
 * must finalise the next (from its state, where governance changes it), each in ascending order, with quorums.
 */
public final class GovGetValidators implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;
  private final NextBlockRules rules;

  /** The result: sets as addresses, quorums as quantities (ceil(2n/3)). */
  public record Result(String block, List<String> validators, String quorum, List<String> nextValidators,
      String nextQuorum) {}

  public GovGetValidators(final BlockchainQueries queries, final WorldStateArchive worldState,
      final NextBlockRules rules) {
    this.queries = queries;
    this.worldState = worldState;
    this.rules = rules;
  }

  @Override
  public String name() {
    return "gov_getValidators";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(0), "params[0]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final List<Address> own = BftExtraData.decode(header.extraData()).validators();
      final List<Address> next = rules.validators(header);
      return new Result(Quantities.of(header.number()), own.stream().map(Address::toHexString).toList(),
          Quantities.of((2L * own.size() + 2) / 3), next.stream().map(Address::toHexString).toList(),
          Quantities.of((2L * next.size() + 2) / 3));
    });
  }
}
