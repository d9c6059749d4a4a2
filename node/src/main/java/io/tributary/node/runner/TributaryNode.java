package io.tributary.node.runner;

import io.tributary.consensus.bft.BftBlockSealer;
import io.tributary.consensus.bft.BftEngine;
import io.tributary.consensus.bft.BftHeaderValidator;
import io.tributary.consensus.bft.BftProposer;
import io.tributary.consensus.blockcreation.BlockBuilder;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.txpool.ChainHeadPoolState;
import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import io.tributary.genesis.GenesisBlock;
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
import io.tributary.rpc.server.HttpContentHandler;
import io.tributary.rpc.server.JsonRpcServer;
import io.tributary.rpc.subscription.SubscriptionManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private final BftEngine engine;
  private final JsonRpcServer rpc;
  private AttributionEngine attribution;

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
      schedule = TributaryProtocolSpecs.schedule(config.genesis().chainId(), new AttributionService(attribution));
      pool = new TransactionPool(config.pool());
      final BftBlockSealer sealer = new BftBlockSealer(config.validatorKey(), SignatureAlgorithms.get());
      importer = new BlockImporter(schedule, chain, worldState, committer,
          new BftHeaderValidator(schedule, SignatureAlgorithms.get()));
      final BlockBuilder builder = new BlockBuilder(schedule, chain, worldState, pool);
      engine = new BftEngine(chain, new BftProposer(builder, sealer), importer, sealer, config.clock(),
          config.blockPeriod());

      final SubscriptionManager subscriptions = new SubscriptionManager(JsonRpcObjectMapper.create());
      importer.subscribe((block, receipts) -> pool.onBlockAdded(block,
          new ChainHeadPoolState(block.header(), worldState, schedule)::nonce));
      importer.subscribe(subscriptions::onBlockAdded);
      pool.subscribe(subscriptions::onPendingTransaction);

      final RpcMethodSet methods = new RpcMethodSet(config.genesis().chainId(), storage, chain, worldState, schedule,
          pool, this::poolHeadState, subscriptions, io.tributary.rpc.query.NetworkView.NONE);
      rpc = new JsonRpcServer(config.rpc(), new JsonRpcProcessor(methods.build(), config.rpc().maxBatchSize()),
          HttpContentHandler.NONE);
      rpc.start();
      engine.start();
    } catch (final RuntimeException | InterruptedException e) {
      close();
      throw e;
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
    return new ChainHeadPoolState(chain.headHeader().orElseThrow(), worldState, schedule);
  }

  public int rpcPort() {
    return rpc.port();
  }

  public ChainStore chain() {
    return chain;
  }

  public BftEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
    }
    if (rpc != null) {
      rpc.close();
    }
    if (attribution != null) {
      attribution.close();
    }
    storage.close();
    lock.close();
  }
}
