package io.tributary.node.runner;

import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.node.TributaryVersion;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.methods.AdminNodeInfo;
import io.tributary.rpc.methods.AdminPeers;
import io.tributary.rpc.methods.AiAttribute;
import io.tributary.rpc.methods.AiGetDataset;
import io.tributary.rpc.methods.AiGetInference;
import io.tributary.rpc.methods.AiGetModel;
import io.tributary.rpc.methods.AiGetRoyalties;
import io.tributary.rpc.methods.AiListDatasets;
import io.tributary.rpc.methods.AiListModels;
import io.tributary.rpc.methods.DebugTraceTransaction;
import io.tributary.rpc.methods.EthBlockNumber;
import io.tributary.rpc.methods.EthCall;
import io.tributary.rpc.methods.EthChainId;
import io.tributary.rpc.methods.EthEstimateGas;
import io.tributary.rpc.methods.EthFeeHistory;
import io.tributary.rpc.methods.EthGasPrice;
import io.tributary.rpc.methods.EthGetBalance;
import io.tributary.rpc.methods.EthGetBlockByHash;
import io.tributary.rpc.methods.EthGetBlockByNumber;
import io.tributary.rpc.methods.EthGetBlockTransactionCountByHash;
import io.tributary.rpc.methods.EthGetBlockTransactionCountByNumber;
import io.tributary.rpc.methods.EthGetCode;
import io.tributary.rpc.methods.EthGetLogs;
import io.tributary.rpc.methods.EthGetProof;
import io.tributary.rpc.methods.EthGetStorageAt;
import io.tributary.rpc.methods.EthGetTransactionByBlockHashAndIndex;
import io.tributary.rpc.methods.EthGetTransactionByBlockNumberAndIndex;
import io.tributary.rpc.methods.EthGetTransactionByHash;
import io.tributary.rpc.methods.EthGetTransactionCount;
import io.tributary.rpc.methods.EthGetTransactionReceipt;
import io.tributary.rpc.methods.EthMaxPriorityFeePerGas;
import io.tributary.rpc.methods.EthSendRawTransaction;
import io.tributary.rpc.methods.EthSubscribe;
import io.tributary.rpc.methods.EthSyncing;
import io.tributary.rpc.methods.EthUnsubscribe;
import io.tributary.rpc.methods.GovGetParams;
import io.tributary.rpc.methods.GovGetUpgrades;
import io.tributary.rpc.methods.GovGetValidators;
import io.tributary.rpc.methods.GovGetProposal;
import io.tributary.rpc.methods.GovGetTally;
import io.tributary.rpc.methods.GovGetVotes;
import io.tributary.rpc.methods.GovListProposals;
import io.tributary.rpc.methods.NetListening;
import io.tributary.rpc.methods.NetPeerCount;
import io.tributary.rpc.methods.NetVersion;
import io.tributary.rpc.methods.PoaEngineInfo;
import io.tributary.rpc.methods.Web3ClientVersion;
import io.tributary.rpc.methods.Web3Sha3;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.query.GasPriceOracle;
import io.tributary.rpc.query.LogQueryLimits;
import io.tributary.rpc.query.LogSearch;
import io.tributary.rpc.query.LogsSubscriptionFilter;
import io.tributary.rpc.query.NetworkView;
import io.tributary.rpc.results.BlockResult;
import io.tributary.rpc.subscription.SubscriptionManager;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.world.WorldStateArchive;
import java.util.function.Supplier;

/** The JSON-RPC methods a node serves, built over its chain, state and pool. */
final class RpcMethodSet {
  private final long chainId;
  private final KeyValueStorage storage;
  private final ChainStore chain;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;
  private final TransactionPool pool;
  private final Supplier<PoolHeadState> poolHead;
  private final SubscriptionManager subscriptions;
  private final NetworkView network;

  RpcMethodSet(final long chainId, final KeyValueStorage storage, final ChainStore chain,
      final WorldStateArchive worldState, final ProtocolSchedule schedule, final TransactionPool pool,
      final Supplier<PoolHeadState> poolHead, final SubscriptionManager subscriptions, final NetworkView network) {
    this.chainId = chainId;
    this.storage = storage;
    this.chain = chain;
    this.worldState = worldState;
    this.schedule = schedule;
    this.pool = pool;
    this.poolHead = poolHead;
    this.subscriptions = subscriptions;
    this.network = network;
  }

  JsonRpcMethods build() {
    final BlockchainQueries queries = new BlockchainQueries(chain, worldState, StoredTrieNodes.reader(storage),
        schedule);
    final GasPriceOracle oracle = new GasPriceOracle(queries);
    return new JsonRpcMethods()
        .register(new Web3ClientVersion(TributaryVersion.clientVersion()))
        .register(new Web3Sha3())
        .register(new NetVersion(chainId))
        .register(new NetListening(network != NetworkView.NONE))
        .register(new NetPeerCount(() -> network.peers().size()))
        .register(new AdminNodeInfo(network, TributaryVersion.clientVersion()))
        .register(new AdminPeers(network))
        .register(new EthSyncing(network))
        .register(new EthChainId(chainId))
        .register(new EthBlockNumber(queries))
        .register(new EthGetBlockByHash(queries))
        .register(new EthGetBlockByNumber(queries))
        .register(new EthGetBlockTransactionCountByHash(queries))
        .register(new EthGetBlockTransactionCountByNumber(queries))
        .register(new EthGetTransactionByHash(queries, pool::get))
        .register(new EthGetTransactionByBlockHashAndIndex(queries))
        .register(new EthGetTransactionByBlockNumberAndIndex(queries))
        .register(new EthGetTransactionReceipt(queries))
        .register(new EthGetTransactionCount(queries, pool::nextNonce))
        .register(new EthGetBalance(queries))
        .register(new EthGetCode(queries))
        .register(new EthGetStorageAt(queries))
        .register(new EthGetProof(queries))
        .register(new EthGetLogs(queries, new LogSearch(chain, LogQueryLimits.DEFAULT)))
        .register(new EthGasPrice(oracle))
        .register(new EthMaxPriorityFeePerGas(oracle))
        .register(new EthFeeHistory(queries))
        .register(new EthSendRawTransaction(pool, poolHead))
        .register(new EthCall(queries, worldState, schedule))
        .register(new EthEstimateGas(queries, worldState, schedule))
        .register(new DebugTraceTransaction(queries, worldState, schedule))
        .register(new EthSubscribe(subscriptions, block -> BlockResult.header(block.header()),
            new LogsSubscriptionFilter()))
        .register(new EthUnsubscribe(subscriptions))
        .register(new AiGetDataset(queries, worldState))
        .register(new AiListDatasets(queries, worldState))
        .register(new AiGetModel(queries, worldState))
        .register(new AiListModels(queries, worldState))
        .register(new AiGetInference(queries, worldState))
        .register(new AiGetRoyalties(queries, worldState))
        .register(new AiAttribute(queries, worldState, schedule))
        .register(new PoaEngineInfo(queries, worldState, schedule))
        .register(new GovGetProposal(queries, worldState))
        .register(new GovListProposals(queries, worldState))
        .register(new GovGetTally(queries, worldState))
        .register(new GovGetParams(queries, worldState, schedule))
        .register(new GovGetValidators(queries, worldState, queries.nextBlockRules()))
        .register(new GovGetUpgrades(queries, worldState, schedule))
        .register(new GovGetVotes(queries, worldState));
  }
}
