package io.tributary.state.referencetests;

import io.tributary.core.block.Log;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.TransactionProcessingResult;
import io.tributary.state.processing.TransactionProcessor;
import io.tributary.state.spec.EthereumProtocolSpecs;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Runs GeneralStateTests cases: the pre-state is loaded into an in-memory world state, the post entry's transaction
 * (its {@code txbytes}, or built and signed from the template when there are none) is processed under the spec, and
 * the resulting state root and logs hash are compared with the expected ones. As Ethereum's runners do, the coinbase
 * is touched after every transaction, executed or not, so an empty coinbase is removed (EIP-161).
 *
 * <p>A transaction that is rejected leaves the state as it was: a case expecting an exception passes when the
 * transaction is rejected for a reason that matches it ({@link ExpectedExceptions}) and the root is the expected one
 * (the pre-state's).
 */
public final class GeneralStateTestRunner {
  /** The fork whose entries are run. */
  public static final String FORK = "Cancun";

  private final ProtocolSpec spec;
  private final TransactionProcessor processor;

  public GeneralStateTestRunner(final ProtocolSpec spec) {
    this.spec = spec;
    this.processor = new TransactionProcessor(spec);
  }

  /** A runner under Ethereum's Cancun rules (chain id 1, base fees burnt, blobs executed). */
  public static GeneralStateTestRunner cancun() {
    return new GeneralStateTestRunner(EthereumProtocolSpecs.cancun(EthereumProtocolSpecs.MAINNET_CHAIN_ID));
  }

  /** Every {@link #FORK} entry of {@code test}, in order; the pre-state is loaded once and shared. */
  public List<StateTestOutcome> run(final GeneralStateTest test) {
    final List<StateTestPost> posts = test.postFor(FORK);
    final List<StateTestOutcome> outcomes = new ArrayList<>(posts.size());
    if (posts.isEmpty()) {
      return outcomes;
    }
    final PreState pre = PreState.load(test);
    for (int i = 0; i < posts.size(); i++) {
      outcomes.add(run(test, pre, i));
    }
    return outcomes;
  }

  /** The {@link #FORK} entry at {@code index} alone. */
  public StateTestOutcome run(final GeneralStateTest test, final int index) {
    return run(test, PreState.load(test), index);
  }

  private StateTestOutcome run(final GeneralStateTest test, final PreState pre, final int index) {
    final StateTestPost post = test.postFor(FORK).get(index);
    final String name = test.source() + "/" + test.name();
    try {
      final WorldUpdater world = pre.archive.updater(pre.root);
      final StateTestEnv env = test.env();
      Optional<String> rejection = Optional.empty();
      Optional<String> rejectionCode = Optional.empty();
      List<Log> logs = List.of();
      final Optional<Transaction> tx = transaction(test, post);
      if (tx.isEmpty()) {
        rejection = Optional.of("the transaction cannot be decoded or built");
        rejectionCode = Optional.of(ExpectedExceptions.UNDECODABLE);
      } else {
        final BlockContext block = new BlockContext(env.number(), env.timestamp(), env.coinbase(), env.baseFee(),
            env.gasLimit(), env.prevRandao(), env.excessBlobGas(), GeneralStateTestRunner::blockHash);
        final TransactionProcessingResult result = processor.process(world, block, tx.get(), env.gasLimit());
        if (result.isInvalid()) {
          rejectionCode = Optional.of(result.validity().reason().map(Enum::name).orElse("INVALID"));
          rejection = Optional.of(rejectionCode.get() + ": " + result.validity().message());
        } else {
          logs = result.logs();
        }
      }
      touchCoinbase(world, env.coinbase());
      final Hash root = pre.archive.rootAfter(world);
      final Hash logsHash = logsHash(logs);
      final boolean rejectedAsExpected = post.expectException().isPresent()
          ? rejectionCode.filter(code -> ExpectedExceptions.matches(post.expectException().get(), code)).isPresent()
          : rejectionCode.isEmpty();
      final boolean pass = rejectedAsExpected && root.equals(post.hash()) && logsHash.equals(post.logs());
      return new StateTestOutcome(name, FORK, index, post.indexes(), pass, post.hash(), root, post.logs(), logsHash,
          post.expectException(), rejection, Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new StateTestOutcome(name, FORK, index, post.indexes(), false, post.hash(), Hash.ZERO, post.logs(),
          Hash.ZERO, post.expectException(), Optional.empty(), Optional.of(e.toString()));
    }
  }

  /** The signed transaction of {@code post}; empty when its bytes do not decode or its fields make none. */
  private Optional<Transaction> transaction(final GeneralStateTest test, final StateTestPost post) {
    if (post.txBytes().isPresent()) {
      try {
        return Optional.of(TransactionDecoder.decode(post.txBytes().get()));
      } catch (DecodingException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(test.transaction().build(post.indexes(), spec.chainId()));
    } catch (IllegalArgumentException | NullPointerException | java.util.NoSuchElementException e) {
      return Optional.empty();
    }
  }

  /** BLOCKHASH in state tests, as Ethereum's runners answer it: keccak256 of the number written in decimal. */
  static Hash blockHash(final long number) {
    return Keccak256.hash(Bytes.wrap(Long.toUnsignedString(number).getBytes(StandardCharsets.US_ASCII)));
  }

  /** Ethereum's runners credit the coinbase with zero after the transaction: an empty coinbase is removed. */
  private static void touchCoinbase(final WorldUpdater world, final Address coinbase) {
    if (world.exists(coinbase) && world.isEmpty(coinbase)) {
      world.delete(coinbase);
    }
  }

  /** keccak256(rlp([log, ...])): the {@code logs} field of a post entry. */
  public static Hash logsHash(final List<Log> logs) {
    return Keccak256.hash(RLP.encodeList(w -> logs.forEach(log -> log.writeTo(w))));
  }

  /** A case's pre-state, committed once to its own in-memory storage. */
  private record PreState(WorldStateArchive archive, Hash root) {
    static PreState load(final GeneralStateTest test) {
      final InMemoryKeyValueStorage storage = new InMemoryKeyValueStorage();
      final WorldStateArchive archive = new WorldStateArchive(storage);
      final WorldUpdater genesis = archive.updater(Hash.EMPTY_TRIE_HASH);
      for (final Map.Entry<Address, StateTestAccount> entry : test.pre().entrySet()) {
        final Address address = entry.getKey();
        final StateTestAccount account = entry.getValue();
        genesis.getOrCreate(address);
        genesis.setBalance(address, account.balance());
        genesis.setNonce(address, account.nonce());
        if (!account.code().isEmpty()) {
          genesis.setCode(address, account.code());
        }
        for (final Map.Entry<UInt256, UInt256> slot : account.storage().entrySet()) {
          if (!slot.getValue().isZero()) {
            genesis.setStorage(address, slot.getKey(), slot.getValue());
          }
        }
      }
      try (StorageTransaction tx = storage.startTransaction()) {
        final Hash root = archive.commit(genesis, tx);
        tx.commit();
        return new PreState(archive, root);
      }
    }
  }
}
