package io.tributary.node.runner;

import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.genesis.GenesisConfig;
import io.tributary.p2p.P2pConfig;
import io.tributary.rpc.server.RpcServerConfig;
import io.tributary.state.world.StateRetention;
import io.tributary.poa.AttributionBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a node is started with.
 *
 * @param dataDir where the chain lives (an LMDB environment under {@code chain/})
 * @param genesis the chain's genesis; must match the one already in {@code dataDir}
 * @param validatorKey the key this node proposes and commits blocks with
 * @param blockPeriod time between blocks
 * @param retention which world states stay readable (the last n blocks', or all on an archive node)
 * @param poaBackend where attribution claims are verified (auto: a GPU or OpenCL device if one works, else CPU)
 * @param p2p where to listen for peers and whom to dial; empty for a node without networking (a lone validator)
 */
public record NodeConfig(Path dataDir, GenesisConfig genesis, KeyPair validatorKey, RpcServerConfig rpc,
    Duration blockPeriod, TransactionPoolConfig pool, StateRetention retention, Clock clock,
    AttributionBackend poaBackend, Optional<P2pConfig> p2p) {

  /** A node without networking. */
  public NodeConfig(final Path dataDir, final GenesisConfig genesis, final KeyPair validatorKey,
      final RpcServerConfig rpc, final Duration blockPeriod, final TransactionPoolConfig pool,
      final StateRetention retention, final Clock clock, final AttributionBackend poaBackend) {
    this(dataDir, genesis, validatorKey, rpc, blockPeriod, pool, retention, clock, poaBackend, Optional.empty());
  }

  public NodeConfig withP2p(final Optional<P2pConfig> value) {
    return new NodeConfig(dataDir, genesis, validatorKey, rpc, blockPeriod, pool, retention, clock, poaBackend, value);
  }
}
