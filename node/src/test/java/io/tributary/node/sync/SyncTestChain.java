package io.tributary.node.sync;

import io.tributary.consensus.bft.BftBlockSealer;
import io.tributary.consensus.bft.BftHeaderValidator;
import io.tributary.consensus.bft.BftProposer;
import io.tributary.consensus.blockcreation.BlockBuilder;
import io.tributary.consensus.blockcreation.BuiltBlock;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.genesis.GenesisBlock;
import io.tributary.genesis.GenesisConfig;
import io.tributary.state.chain.BlockCommitter;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** A one-validator chain in memory whose blocks are committed with their certificates, as a validator's are. */
final class SyncTestChain {
  static final KeyPair VALIDATOR = SignatureAlgorithms.get().createKeyPair(Bytes32.wrap(Keccak256.hash(
      Bytes.wrap("sync-validator".getBytes(StandardCharsets.US_ASCII)))));
  static final GenesisConfig GENESIS = new GenesisConfig(7357, GenesisConfig.DEFAULT_GAS_LIMIT,
      GenesisConfig.DEFAULT_BASE_FEE, 0, List.of(VALIDATOR.address()), Map.of());

  final ChainStore chain;
  final BlockImporter importer;
  private final BftProposer proposer;
  private final BftBlockSealer sealer = new BftBlockSealer(VALIDATOR, SignatureAlgorithms.get());

  SyncTestChain() {
    final InMemoryKeyValueStorage storage = new InMemoryKeyValueStorage();
    chain = new ChainStore(storage);
    final WorldStateArchive worldState = new WorldStateArchive(storage);
    final BlockCommitter committer = new BlockCommitter(storage, worldState, chain);
    final GenesisBlock genesis = GenesisBlock.of(GENESIS, worldState);
    committer.commit(genesis.block(), List.of(), genesis.state());
    final ProtocolSchedule schedule = TributaryProtocolSpecs.schedule(GENESIS.chainId());
    importer = new BlockImporter(schedule, chain, worldState, committer,
        new BftHeaderValidator(new NextBlockRules(schedule, worldState), SignatureAlgorithms.get()));
    proposer = new BftProposer(new BlockBuilder(schedule, chain, worldState,
        new TransactionPool(TransactionPoolConfig.DEFAULT)), sealer);
  }

  /** Produces and commits {@code count} blocks, each with its certificate. */
  SyncTestChain produce(final int count) {
    for (int i = 0; i < count; i++) {
      final BlockHeader head = head();
      final List<io.tributary.core.crypto.Signature> parentSeals = head.number() == 0 ? List.of()
          : chain.certificate(head.hash()).orElseThrow().seals();
      final BuiltBlock built = proposer.propose(head, 0, head.timestamp() + 1, parentSeals);
      final CommitCertificate certificate = new CommitCertificate(built.block().hash(), 0,
          List.of(sealer.commitSeal(built.block().hash())));
      if (!importer.importOwn(built, Optional.of(certificate)).isValid()) {
        throw new IllegalStateException("own block refused");
      }
    }
    return this;
  }

  BlockHeader head() {
    return chain.headHeader().orElseThrow();
  }
}
