package io.tributary.node.runner;

import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.node.TributaryVersion;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.methods.BlockResolver;
import io.tributary.rpc.methods.EthCall;
import io.tributary.rpc.methods.EthChainId;
import io.tributary.rpc.methods.EthEstimateGas;
import io.tributary.rpc.methods.EthSendRawTransaction;
import io.tributary.rpc.methods.EthSubscribe;
import io.tributary.rpc.methods.EthSyncing;
import io.tributary.rpc.methods.NetListening;
import io.tributary.rpc.methods.NetPeerCount;
import io.tributary.rpc.methods.EthUnsubscribe;
import io.tributary.rpc.methods.NetVersion;
import io.tributary.rpc.methods.Web3ClientVersion;
import io.tributary.rpc.methods.Web3Sha3;
import io.tributary.rpc.subscription.SubscriptionManager;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import java.util.function.Supplier;

/** The JSON-RPC methods a node serves, built over its chain, state and pool. */
final class RpcMethodSet {
  private final long chainId;
  private final ChainStore chain;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;
  private final TransactionPool pool;
  private final Supplier<PoolHeadState> poolHead;
  private final SubscriptionManager subscriptions;

  RpcMethodSet(final long chainId, final ChainStore chain, final WorldStateArchive worldState,
      final ProtocolSchedule schedule, final TransactionPool pool, final Supplier<PoolHeadState> poolHead,
      final SubscriptionManager subscriptions) {
    this.chainId = chainId;
    this.chain = chain;
    this.worldState = worldState;
    this.schedule = schedule;
    this.pool = pool;
    this.poolHead = poolHead;
    this.subscriptions = subscriptions;
  }

  JsonRpcMethods build() {
    final BlockResolver blocks = parameter -> chain.headHeader();
    return new JsonRpcMethods()
        .register(new Web3ClientVersion(TributaryVersion.clientVersion()))
        .register(new Web3Sha3())
        .register(new NetVersion(chainId))
        .register(new NetListening(false))
        .register(new NetPeerCount(() -> 0))
        .register(new EthSyncing(() -> false))
        .register(new EthChainId(chainId))
        .register(new EthSendRawTransaction(pool, poolHead))
        .register(new EthCall(blocks, worldState, schedule))
        .register(new EthEstimateGas(blocks, worldState, schedule))
        .register(new EthSubscribe(subscriptions, block -> block.header().hash().toHexString(),
            filter -> event -> java.util.List.of()))
        .register(new EthUnsubscribe(subscriptions));
  }
}
