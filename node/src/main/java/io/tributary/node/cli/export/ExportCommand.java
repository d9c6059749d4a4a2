package io.tributary.node.cli.export;

import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.genesis.GenesisConfig;
import io.tributary.genesis.GenesisWriter;
import io.tributary.node.runner.DataDirLock;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.gov.ChainParamStore;
import io.tributary.state.gov.GovGenesis;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.gov.ValidatorSetStore;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.world.Account;
import io.tributary.state.world.StateDump;
import io.tributary.state.world.StatePrunedException;
import io.tributary.state.world.WorldStateArchive;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary export --datadir DIR --height H --out fork.json}: the whole state after block H of a stopped node as
 * a genesis file (every account with its balance, nonce, code and storage, the native modules' storage included, every
 * protocol parameter and the validator set read back from that state, block H's gas limit, base fee and time), so that
 * a chain started from it has block H's state root as its genesis state root. Streamed: one account in memory at a
 * time, progress on stderr. Written to a temporary file renamed at the end, so a failed export leaves nothing.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the state at a height of a stopped node's chain as a genesis file that starts a fork.")
public final class ExportCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

  @Spec CommandSpec spec;

  @Option(names = "--datadir", paramLabel = "DIR", required = true, description = "the stopped node's data dir")
  Path dataDir;

  @Option(names = "--height", paramLabel = "H", required = true, description = "the block whose state is exported")
  long height;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "the genesis file to write")
  Path out;

  @Option(names = "--chain-id", paramLabel = "ID",
      description = "the fork's chain id (default: the exported chain's; not part of the state root)")
  Long chainId;

  @Option(names = "--validators", paramLabel = "0xA,0xB", split = ",",
      description = "the fork's validators (default: the set in force after block H)")
  List<String> validators;

  /** A refusal with its message: nothing is written. */
  private static final class ExportRefused extends Exception {
    private static final long serialVersionUID = 1L;

    ExportRefused(final String message) {
      super(message);
    }
  }

  @Override
  public Integer call() throws IOException {
    final PrintWriter err = spec.commandLine().getErr();
    try {
      export();
      return 0;
    } catch (final ExportRefused e) {
      err.println("export: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private void export() throws ExportRefused, IOException {
    final List<Address> forkValidators = parseValidators();
    if (chainId != null && (chainId < 1 || chainId > 9_223_372_036_854_775_771L)) {
      throw new ExportRefused("--chain-id " + chainId + " is outside 1..9223372036854775771");
    }
    if (height < 0) {
      throw new ExportRefused("--height must not be negative");
    }
    if (!Files.isDirectory(dataDir.resolve("chain"))) {
      throw new ExportRefused("no chain in " + dataDir + " (expected " + dataDir.resolve("chain") + ")");
    }
    final DataDirLock lock;
    try {
      lock = DataDirLock.acquire(dataDir);
    } catch (final IllegalStateException e) {
      throw new ExportRefused("a node is running on " + dataDir + " (" + e.getMessage() + "): stop it first, an"
          + " export reads the data dir alone");
    }
    try (lock; LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(dataDir.resolve("chain"))) {
      final ChainStore chain = new ChainStore(storage);
      final BlockHeader head = chain.headHeader().orElseThrow(() -> new ExportRefused("the chain in " + dataDir
          + " has no blocks"));
      if (height > head.number()) {
        throw new ExportRefused("height " + height + " is above the head, block " + head.number());
      }
      final BlockHeader header = chain.headerByNumber(height).orElseThrow(() -> new ExportRefused(
          "block " + height + " is not in the chain"));
      final WorldStateArchive archive = new WorldStateArchive(storage);
      if (!archive.isAvailable(header.stateRoot())) {
        throw pruned(archive);
      }
      final WorldUpdaterEvmWorld world = new WorldUpdaterEvmWorld(archive.updater(header.stateRoot()));
      List<Address> set = forkValidators != null ? forkValidators : ValidatorSetStore.read(world);
      if (set.isEmpty()) {
        set = BftExtraData.decode(header.extraData()).validators(); // a chain whose genesis kept them in headers
      }
      final GenesisWriter.Settings settings = new GenesisWriter.Settings(
          chainId != null ? chainId : recordedChainId(),
          ValidatorSetStore.sorted(set),
          GovernanceModule.reader(world, GovParams.DEFAULT).params(),
          GovGenesis.aiParams(world),
          GovGenesis.chainParams(world),
          ChainParamStore.gasLimit(world).orElse(header.gasLimit()),
          header.baseFeePerGas().orElse(GenesisConfig.DEFAULT_BASE_FEE),
          header.timestamp());
      final StateDump dump = new StateDump(storage, archive);
      final String source = dump.readsFlatIndex(header.stateRoot()) ? "the head's flat index"
          : "the tries of block " + height + " and the recorded preimages";
      final PrintWriter err = spec.commandLine().getErr();
      err.printf("exporting the state of block %d (root %s) from %s%n", height, header.stateRoot().toHexString(),
          source);
      err.flush();
      final Counts counts = write(dump, header, settings, err);
      final PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf("wrote %s: the state of block %d (%s), state root %s%n", out, height,
          header.hash().toHexString(), header.stateRoot().toHexString());
      stdout.printf("%,d accounts, %,d storage slots, %,d bytes; chain id %d, %d validator%s, balances sum to %s"
              + " wei%n", counts.accounts, counts.slots, counts.bytes, settings.chainId(), settings.validators().size(),
          settings.validators().size() == 1 ? "" : "s", counts.supply.toBigInteger());
      stdout.flush();
    }
  }

  /** What was written. */
  private static final class Counts {
    long accounts;
    long slots;
    long bytes;
    Wei supply = Wei.ZERO;
  }

  private Counts write(final StateDump dump, final BlockHeader header, final GenesisWriter.Settings settings,
      final PrintWriter err) throws ExportRefused, IOException {
    final Path absolute = out.toAbsolutePath();
    final Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    final Counts counts = new Counts();
    boolean done = false;
    try (OutputStream file = Files.newOutputStream(temp);
        CountingStream counting = new CountingStream(new BufferedOutputStream(file, 1 << 16))) {
      final GenesisWriter writer = new GenesisWriter(counting);
      writer.begin(settings);
      final long[] lastReport = {System.nanoTime()};
      dump.forEach(header.stateRoot(), new StateDump.Visitor() {
        @Override
        public void account(final Address address, final Account account, final Bytes code) {
          writer.account(address, account.balance(), account.nonce(), code);
          counts.accounts++;
          counts.supply = counts.supply.add(account.balance());
          report(false);
        }

        @Override
        public void slot(final UInt256 slot, final UInt256 value) {
          writer.slot(slot, value);
          counts.slots++;
          if ((counts.slots & 0xfff) == 0) {
            report(false);
          }
        }

        private void report(final boolean always) {
          final long now = System.nanoTime();
          if (always || now - lastReport[0] >= PROGRESS_EVERY_NANOS) {
            lastReport[0] = now;
            err.printf("  %,d accounts, %,d storage slots, %,d bytes written%n", counts.accounts, counts.slots,
                counting.count);
            err.flush();
          }
        }
      });
      writer.finish();
      counting.flush();
      counts.bytes = counting.count;
      done = true;
    } catch (final StatePrunedException e) {
      throw new ExportRefused(e.getMessage() + "; run an archive node (--archive) to export old heights");
    } catch (final StateDump.MissingPreimageException e) {
      throw new ExportRefused(e.getMessage());
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return counts;
  }

  private ExportRefused pruned(final WorldStateArchive archive) {
    final String kept = archive.oldestRetainedBlock().isPresent()
        ? "this node keeps the states of blocks " + archive.oldestRetainedBlock().getAsLong() + " onwards"
        : "this node no longer has it";
    return new ExportRefused("the state of block " + height + " is pruned: " + kept + " (a node keeps its last 128"
        + " blocks' states unless started with --state-history N or --archive); export a height it keeps, or run an"
        + " archive node (--archive, synced from genesis) to export old heights");
  }

  private long recordedChainId() throws ExportRefused {
    final Path file = dataDir.resolve("chain-id");
    try {
      return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (final IOException | NumberFormatException e) {
      throw new ExportRefused("cannot read the chain id from " + file + " (" + e.getMessage() + "); give --chain-id");
    }
  }

  private List<Address> parseValidators() throws ExportRefused {
    if (validators == null) {
      return null;
    }
    final List<Address> parsed = new ArrayList<>();
    for (final String text : validators) {
      final String hex = text.trim().startsWith("0x") ? text.trim().substring(2) : text.trim();
      if (!hex.matches("[0-9a-fA-F]{40}")) {
        throw new ExportRefused("--validators: not a 20-byte hex address: \"" + text + "\"");
      }
      parsed.add(Address.fromHexString("0x" + hex));
    }
    if (parsed.isEmpty()) {
      throw new ExportRefused("--validators: a chain needs at least one validator");
    }
    if (new HashSet<>(parsed).size() != parsed.size()) {
      throw new ExportRefused("--validators: lists a validator twice");
    }
    return parsed;
  }

  /** Counts the bytes written, for the progress lines. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(final OutputStream out) {
      super(out);
    }

    @Override
    public void write(final int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(final byte[] b, final int off, final int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
