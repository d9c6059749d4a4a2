package io.tributary.node.runner;

import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.genesis.GenesisConfig;
import io.tributary.rpc.server.RpcServerConfig;
import io.tributary.state.world.StateRetention;
import io.tributary.poa.AttributionBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything a node is started with.
 *
 * @param dataDir where the chain lives (an LMDB environment under {@code chain/})
 * @param genesis the chain's genesis; must match the one already in {@code dataDir}
 * @param validatorKey the key this node proposes and commits blocks with
 * @param blockPeriod time between blocks
 * @param retention which world states stay readable (the last n blocks', or all on an archive node)
 * @param poaBackend where attribution claims are verified (auto: a GPU or OpenCL device if one works, else CPU)
 */
public record NodeConfig(Path dataDir, GenesisConfig genesis, KeyPair validatorKey, RpcServerConfig rpc,
    Duration blockPeriod, TransactionPoolConfig pool, StateRetention retention, Clock clock,
    AttributionBackend poaBackend) {}
