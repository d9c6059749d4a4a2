package io.tributary.node.runner;

import io.tributary.consensus.bft.BftBlockSealer;
import io.tributary.consensus.bft.BftHeaderValidator;
import io.tributary.consensus.bft.BftProposer;
import io.tributary.consensus.bft.message.BftMessageCodec;
import io.tributary.consensus.bft.ports.BftGossip;
import io.tributary.consensus.bft.ports.BftPorts;
import io.tributary.consensus.bft.ports.BftSyncHint;
import io.tributary.consensus.bft.service.BftService;
import io.tributary.consensus.bft.statemachine.BftConfig;
import io.tributary.consensus.bft.wal.BftWal;
import io.tributary.consensus.bft.wal.FileBftWal;
import io.tributary.consensus.blockcreation.BlockBuilder;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.consensus.txpool.ChainHeadPoolState;
import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import io.tributary.genesis.GenesisBlock;
import io.tributary.node.consensus.ChainStoreBftChain;
import io.tributary.node.consensus.ImportingBlockValidator;
import io.tributary.node.consensus.ImportingFinalizedBlocks;
import io.tributary.node.consensus.PoolProposalCreator;
import io.tributary.node.network.ConsensusGossip;
import io.tributary.node.network.NodeMessageTypes;
import io.tributary.node.network.P2pNetworkView;
import io.tributary.node.network.P2pSyncPeers;
import io.tributary.node.network.TransactionGossip;
import io.tributary.node.metrics.NodeMetrics;
import io.tributary.node.metrics.Readiness;
import io.tributary.node.upgrade.UpgradeWatcher;
import io.tributary.node.sync.BlockRangeRequest;
import io.tributary.node.sync.BlockRangeServer;
import io.tributary.node.sync.BlockSynchronizer;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pListener;
import io.tributary.p2p.Peer;
import io.tributary.p2p.Penalty;
import io.tributary.p2p.transport.P2pNetwork;
import io.tributary.rpc.query.NetworkView;
import io.tributary.state.chain.BlockCommitter;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.poa.AttributionEngine;
import io.tributary.state.ai.AttributionService;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.rpc.JsonRpcObjectMapper;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.explorer.ExplorerContent;
import io.tributary.rpc.server.HttpContentHandler;
import io.tributary.rpc.server.JsonRpcServer;
import io.tributary.rpc.subscription.SubscriptionManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running node: storage, chain, pool, the BFT engine and the JSON-RPC server, wired together. The modules are
 * libraries; this is the only place that knows all of them.
 */
public final class TributaryNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TributaryNode.class);

  private final DataDirLock lock;
  private final LmdbKeyValueStorage storage;
  private final ChainStore chain;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;
  private final TransactionPool pool;
  private final BlockImporter importer;
  private BftWal wal;
  private BftService consensus;
  private P2pNetwork network;
  private BlockSynchronizer synchronizer;
  private TransactionGossip transactionGossip;
  private ConsensusGossip consensusGossip;
  private JsonRpcServer rpc;
  private AttributionEngine attribution;
  private UpgradeWatcher upgrades;
  private NextBlockRules nextBlockRules;
  private final NodeMetrics metrics = new NodeMetrics();

  private TributaryNode(final NodeConfig config) throws InterruptedException {
    lock = DataDirLock.acquire(config.dataDir());
    try {
      storage = LmdbKeyValueStorage.open(config.dataDir().resolve("chain"));
    } catch (final RuntimeException e) {
      lock.close();
      throw e;
    }
    try {
      chain = new ChainStore(storage);
      worldState = new WorldStateArchive(storage);
      final BlockCommitter committer = new BlockCommitter(storage, worldState, chain, config.retention());
      initialiseGenesis(config, committer);
      attribution = config.poaBackend().open();
      final AttributionService attributionService = new AttributionService(attribution);
      schedule = TributaryProtocolSpecs.schedule(config.genesis().chainId(), attributionService);
      metrics.attribution(attributionService);
      pool = new TransactionPool(config.pool());
      final BftBlockSealer sealer = new BftBlockSealer(config.validatorKey(), SignatureAlgorithms.get());
      nextBlockRules = new NextBlockRules(schedule, worldState);
      importer = new BlockImporter(schedule, chain, worldState, committer,
          new BftHeaderValidator(nextBlockRules, SignatureAlgorithms.get()));
      // Building stops picking transactions after 40% of the block period, so a full pool cannot delay a proposal
      // past the other validators' propose timeout.
      final BftProposer proposer = new BftProposer(new BlockBuilder(schedule, chain, worldState, pool,
          config.blockPeriod().multipliedBy(2).dividedBy(5)), sealer);

      final SubscriptionManager subscriptions = new SubscriptionManager(JsonRpcObjectMapper.create());
      importer.subscribe((block, receipts) -> pool.onBlockAdded(block,
          new ChainHeadPoolState(block.header(), worldState, schedule, nextBlockRules)::nonce));
      importer.subscribe(subscriptions::onBlockAdded);
      pool.subscribe(subscriptions::onPendingTransaction);
      // Before consensus hears of a new head, so an upgrade is in the fork schedule before its block is built.
      upgrades = new UpgradeWatcher(schedule, worldState, this::haltFollowing);
      importer.subscribe(upgrades);

      final NetworkView networkView = config.p2p().isPresent() ? startNetwork(config) : NetworkView.NONE;
      final BftGossip gossip = consensusGossip == null ? message -> { } : consensusGossip;
      final BftSyncHint behind = (own, highest, count) -> {
        if (synchronizer != null) {
          synchronizer.trigger();
        }
      };
      wal = FileBftWal.open(config.dataDir().resolve("consensus.wal"));
      consensus = new BftService(bftTiming(config.blockPeriod()),
          new BftMessageCodec(config.genesis().chainId(), SignatureAlgorithms.get()), config.validatorKey(),
          new BftPorts(new ChainStoreBftChain(chain, nextBlockRules), new PoolProposalCreator(proposer, importer, config.clock()),
              new ImportingBlockValidator(importer, pool), gossip, (timeout, delay) -> { },
              new ImportingFinalizedBlocks(importer), behind, metrics.consensus()),
          wal, config.clock());
      if (consensusGossip != null) {
        consensusGossip.deliverTo(consensus);
      }
      importer.subscribe((block, receipts) -> consensus.onNewChainHead(block.header()));

      final RpcMethodSet methods = new RpcMethodSet(config.genesis().chainId(), storage, chain, worldState, schedule,
          pool, this::poolHeadState, subscriptions, networkView);
      rpc = new JsonRpcServer(config.rpc(), new JsonRpcProcessor(methods.build(), config.rpc().maxBatchSize(),
          metrics.rpc()),
          config.rpc().explorer() ? ExplorerContent.fromClasspath() : HttpContentHandler.NONE);
      rpc.start();
      metrics.chainHead(() -> chain.headHeader().orElseThrow());
      metrics.pool(pool::size);
      metrics.peers(() -> network == null ? 0 : network.peers().size());
      final boolean follow = upgrades.start(chain.headHeader().orElseThrow());
      if (network != null) {
        network.start();
        if (follow) {
          synchronizer.start(Duration.ofSeconds(1));
        }
        transactionGossip.start();
        LOG.info("P2P listening on {}: {}", network.port(), network.localEnode());
      }
      if (follow) {
        consensus.start();
      }
    } catch (final RuntimeException | InterruptedException e) {
      close();
      throw e;
    }
  }

  /**
   * Builds the p2p network (this node's id is its validator key) with its protocols: range sync of final blocks,
   * transaction gossip, consensus gossip; and the head it announces follows the chain.
   */
  private NetworkView startNetwork(final NodeConfig config) {
    final BlockHeader head = chain.headHeader().orElseThrow();
    final Hash genesisHash = chain.canonicalHash(0).orElseThrow();
    final long chainId = config.genesis().chainId();
    network = new P2pNetwork(NodeKey.of(config.validatorKey()), config.p2p().get(),
        ChainStatus.of(chainId, genesisHash, head.number(), head.hash()), new P2pListener() {
          @Override
          public void onPeerConnected(final Peer peer) {
            syncIfAhead(peer);
          }

          @Override
          public void onPeerHeadChanged(final Peer peer) {
            syncIfAhead(peer);
          }
        }, config.clock());
    synchronizer = new BlockSynchronizer(chain, importer, new P2pSyncPeers(network), config.clock(),
        BlockRangeRequest.MAX_COUNT);
    transactionGossip = new TransactionGossip(pool, this::poolHeadState,
        batch -> network.gossip(NodeMessageTypes.TRANSACTIONS, batch),
        (peer, why) -> network.penalize(peer, Penalty.REJECTED_MESSAGE, why));
    final BlockRangeServer ranges = new BlockRangeServer(chain);
    network.registerRequestHandler(NodeMessageTypes.GET_FINAL_BLOCKS, (from, request) -> ranges.serve(request));
    network.registerGossipHandler(NodeMessageTypes.TRANSACTIONS, transactionGossip);
    consensusGossip = new ConsensusGossip(payload -> network.gossip(NodeMessageTypes.CONSENSUS, payload));
    network.registerGossipHandler(NodeMessageTypes.CONSENSUS, consensusGossip);
    importer.subscribe((block, receipts) -> network.updateLocalStatus(ChainStatus.of(chainId, genesisHash,
        block.number(), block.hash())));
    return new P2pNetworkView(network, synchronizer);
  }

  /**
   * Round timeouts for a block period: a proposal must be built (at most 40% of the period), gossiped and executed by
   * every validator before they give up on it, so validators wait two periods (at least 2 s) for it, and longer in
   * each later round.
   */
  static BftConfig bftTiming(final Duration blockPeriod) {
    final long period = blockPeriod.toMillis();
    final BftConfig base = BftConfig.withBlockPeriod(period);
    return new BftConfig(period, Math.max(2_000, 2 * period), Math.max(1_000, period), Math.max(1_000, period),
        500, base.retransmitMillis(), base.maxTimeoutMillis(), base.futureHeights(), base.futureMessagesPerAuthor(),
        base.roundWindow());
  }

  /** A peer announced a head beyond ours: catch up by range sync (consensus only decides the next height). */
  private void syncIfAhead(final Peer peer) {
    if (peer.headNumber() > chain.headHeader().orElseThrow().number() + 1) {
      synchronizer.trigger();
    }
  }

  /** Opens the data dir (writing the genesis block on first start) and starts producing and serving. */
  public static TributaryNode start(final NodeConfig config) throws InterruptedException {
    return new TributaryNode(config);
  }

  private void initialiseGenesis(final NodeConfig config, final BlockCommitter committer) {
    checkChainId(config);
    final GenesisBlock genesis = GenesisBlock.of(config.genesis(), worldState);
    final Hash expected = genesis.block().hash();
    final java.util.Optional<Hash> stored = chain.canonicalHash(0);
    if (stored.isEmpty()) {
      final ValidationResult<BlockCommitter.Rejection> result = committer.commit(genesis.block(), java.util.List.of(),
          genesis.state());
      if (!result.isValid()) {
        throw new IllegalStateException("cannot write the genesis block: " + result.message());
      }
      LOG.info("Initialised a new chain in {}: chain id {}, genesis {}", config.dataDir(),
          config.genesis().chainId(), expected);
      return;
    }
    if (!stored.get().equals(expected)) {
      throw new GenesisMismatchException("data dir " + config.dataDir() + " holds a chain whose genesis is "
          + stored.get() + ", but the genesis given hashes to " + expected
          + ": use another --datadir (the devnet takes --reset to start over)");
    }
    final BlockHeader head = chain.headHeader().orElseThrow();
    LOG.info("Reopened the chain in {}: chain id {}, head #{} {}", config.dataDir(), config.genesis().chainId(),
        head.number(), head.hash().toShortHexString());
  }

  /**
   * The chain id is not part of the genesis hash (as on Ethereum), so the data dir records it beside the chain and a
   * node started with another id is refused.
   */
  private static void checkChainId(final NodeConfig config) {
    final Path file = config.dataDir().resolve("chain-id");
    final String expected = Long.toString(config.genesis().chainId());
    try {
      if (Files.exists(file)) {
        final String stored = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (!stored.equals(expected)) {
          throw new GenesisMismatchException("data dir " + config.dataDir() + " holds chain id " + stored
              + ", not " + expected + ": use another --datadir (the devnet takes --reset to start over)");
        }
        return;
      }
      Files.writeString(file, expected + "\n", StandardCharsets.US_ASCII);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot record the chain id in " + file, e);
    }
  }

  private PoolHeadState poolHeadState() {
    return new ChainHeadPoolState(chain.headHeader().orElseThrow(), worldState, schedule, nextBlockRules);
  }

  public int rpcPort() {
    return rpc.port();
  }

  public ChainStore chain() {
    return chain;
  }

  /** The node's metrics, for the operator's endpoint ({@code MetricsServer}). */
  public NodeMetrics metrics() {
    return metrics;
  }

  /**
   * Ready while the node follows the chain: not halted by an unknown upgrade, and its head no older than ten block
   * periods (at least 30 s), so a node that is syncing, cut off or stuck is not sent traffic.
   */
  public Readiness readiness(final Duration blockPeriod, final java.time.Clock clock) {
    final long allowed = Math.max(30, 10 * Math.max(1, blockPeriod.toSeconds()));
    return () -> {
      final Optional<String> halted = haltReason();
      if (halted.isPresent()) {
        return Optional.of("halted: " + halted.get());
      }
      final long age = clock.instant().getEpochSecond() - chain.headHeader().orElseThrow().timestamp();
      return age > allowed ? Optional.of("the head is " + age + " s old (more than " + allowed + " s)")
          : Optional.empty();
    };
  }

  /** The p2p network, when this node networks. */
  public java.util.Optional<P2pNetwork> network() {
    return java.util.Optional.ofNullable(network);
  }

  /** The consensus engine's position (height, round, step, lock), for tests and operators. */
  public String consensusState() {
    return consensus.describe();
  }

  /** Stops consensus and sync (an unknown upgrade is due): the node serves what it has and makes no more blocks. */
  private void haltFollowing() {
    if (consensus != null) {
      consensus.close();
    }
    if (synchronizer != null) {
      synchronizer.close();
    }
  }

  /** Why this node stopped following the chain (an upgrade its release does not know), if it did. */
  public Optional<String> haltReason() {
    return upgrades == null ? Optional.empty() : upgrades.haltReason();
  }

  @Override
  public void close() {
    if (consensus != null) {
      consensus.close();
    }
    if (transactionGossip != null) {
      transactionGossip.close();
    }
    if (synchronizer != null) {
      synchronizer.close();
    }
    if (network != null) {
      network.close();
    }
    if (rpc != null) {
      rpc.close();
    }
    if (wal != null) {
      wal.close();
    }
    if (attribution != null) {
      attribution.close();
    }
    storage.close();
    lock.close();
  }
}
