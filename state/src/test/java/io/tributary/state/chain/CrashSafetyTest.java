package io.tributary.state.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Hash;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.world.StateRetention;
import io.tributary.state.world.WorldState;
import io.tributary.state.world.WorldStateArchive;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an importing process with SIGKILL at random moments, many times, and checks after each kill that the data dir
 * reopens on a consistent head whose state root equals an independent in-memory replay of the same blocks.
 * {@code make test} runs a short form; {@code make soak} (-Dtributary.soak=true) a long one.
 */
class CrashSafetyTest {
  private static final boolean SOAK = Boolean.getBoolean("tributary.soak");
  private static final int KILLS = SOAK ? 200 : 8;
  private static final long TARGET = SOAK ? 100_000 : 10_000;

  @TempDir Path tmp;

  @Test
  void reopensOnAConsistentHeadAfterEveryKill() throws Exception {
    killAndReopen(false);
  }

  /** The same with state pruning on: a kill during a sweep leaves every retained state whole. */
  @Test
  void reopensOnAConsistentHeadAfterEveryKillWhilePruning() throws Exception {
    killAndReopen(true);
  }

  private void killAndReopen(final boolean pruning) throws Exception {
    final Path dir = tmp.resolve(pruning ? "pruning-node" : "node");
    final Random random = new Random(7357);
    final InMemoryKeyValueStorage replayStorage = new InMemoryKeyValueStorage();
    final WorldStateArchive replay = new WorldStateArchive(replayStorage);
    final BlockCommitter replayCommitter = new BlockCommitter(replayStorage, replay, new ChainStore(replayStorage));
    final List<BlockHeader> replayed = new ArrayList<>();
    SyntheticChain.Executed genesis = SyntheticChain.genesis(replay);
    replayCommitter.commit(genesis.block(), genesis.receipts(), genesis.changes());
    replayed.add(genesis.block().header());

    long lastHead = -1;
    int aimedAtPasses = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      final Process process = start(dir, pruning);
      final AtomicLong committed = new AtomicLong(-1);
      final AtomicLong resumedAt = new AtomicLong(Long.MAX_VALUE);
      final AtomicLong pruningAfter = new AtomicLong(-1);
      final Thread reader = new Thread(() -> readOutput(process, committed, resumedAt, pruningAfter));
      reader.start();
      // wait until this run has committed a block of its own, then kill it at an arbitrary point of the next ones
      final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (committed.get() <= resumedAt.get() && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(2);
      }
      assertThat(committed.get()).as("kill %d: the process imported blocks before the kill", kill)
          .isGreaterThan(resumedAt.get());
      // a pruning node first runs past its window, so later kills can land in a sweep
      Thread.sleep(random.nextInt(400) + (pruning && lastHead < 2 * StateRetention.MIN_BLOCKS ? 1_000 : 0));
      if (pruning && kill % 2 == 1) {
        // aim at a pass: wait for the next block a pass follows, then kill a few milliseconds into its commit
        final long seen = pruningAfter.get();
        final long aimDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pruningAfter.get() == seen && process.isAlive() && System.nanoTime() < aimDeadline) {
          Thread.sleep(1);
        }
        Thread.sleep(random.nextInt(30));
        aimedAtPasses++;
      }
      process.destroyForcibly();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      reader.join();

      try (LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(dir)) {
        final ChainStore chain = new ChainStore(storage);
        final WorldStateArchive archive = new WorldStateArchive(storage);
        final BlockHeader head = chain.headHeader().orElseThrow();
        assertThat(head.number()).as("kill %d: head never goes back", kill).isGreaterThanOrEqualTo(lastHead);
        assertThat(head.number()).as("kill %d: at least what the process said it committed", kill)
            .isGreaterThanOrEqualTo(committed.get());
        while (replayed.size() <= head.number()) {
          final SyntheticChain.Executed next = SyntheticChain.next(replay, replayed.get(replayed.size() - 1));
          replayCommitter.commit(next.block(), next.receipts(), next.changes());
          replayed.add(next.block().header());
        }
        assertThat(head).as("kill %d: head equals the replay", kill).isEqualTo(replayed.get((int) head.number()));
        for (long n = Math.max(0, lastHead); n <= head.number(); n++) {
          final Block block = chain.blockByNumber(n).orElseThrow();
          assertThat(block.header()).isEqualTo(replayed.get((int) n));
          assertThat(chain.receipts(block.hash()).orElseThrow()).hasSize(block.body().transactions().size());
          if (!pruning || n > head.number() - StateRetention.MIN_BLOCKS) {
            assertThat(archive.isAvailable(block.header().stateRoot())).isTrue();
          }
        }
        if (pruning) {
          checkRetainedStates(chain, archive, head, replay);
        }
        assertThat(archive.flatRoot()).contains(head.stateRoot());
        final WorldState flat = archive.at(head.stateRoot());
        final WorldState trie = archive.trieState(head.stateRoot());
        final WorldState expected = replay.trieState(head.stateRoot());
        for (int i = 0; i < SyntheticChain.ACCOUNTS; i++) {
          assertThat(flat.account(SyntheticChain.account(i))).isEqualTo(expected.account(SyntheticChain.account(i)));
          assertThat(trie.account(SyntheticChain.account(i))).isEqualTo(expected.account(SyntheticChain.account(i)));
        }
        lastHead = head.number();
      }
    }
    assertThat(lastHead).as("the chain advanced across the kills").isGreaterThanOrEqualTo(KILLS);
    System.out.printf("CrashSafetyTest: %d kills%s, head %d, every reopen consistent with the replay%n", KILLS,
        pruning ? " while pruning (" + aimedAtPasses + " aimed at passes)" : "", lastHead);
    if (pruning) {
      assertThat(lastHead).as("the chain ran past its retention window").isGreaterThan(StateRetention.MIN_BLOCKS);
    }
    assertThat(replayed.get((int) lastHead).stateRoot()).isNotEqualTo(Hash.ZERO);
  }

  /** Every state of the window reads as the replay's; every state older than the recorded window is refused. */
  private static void checkRetainedStates(final ChainStore chain, final WorldStateArchive archive, final BlockHeader head,
      final WorldStateArchive replay) {
    final long oldest = archive.oldestRetainedBlock().orElse(0);
    assertThat(oldest).isLessThanOrEqualTo(Math.max(0, head.number() - StateRetention.MIN_BLOCKS + 1));
    for (long n = Math.max(0, oldest - 2 * StateRetention.MIN_BLOCKS); n <= head.number(); n++) {
      final BlockHeader header = chain.headerByNumber(n).orElseThrow();
      if (n < oldest) {
        assertThat(archive.isAvailable(header.stateRoot())).as("state of block %d, before %d", n, oldest).isFalse();
        continue;
      }
      final WorldState state = archive.trieState(header.stateRoot());
      final WorldState expected = replay.trieState(header.stateRoot());
      for (int i = 0; i < SyntheticChain.ACCOUNTS; i++) {
        assertThat(state.account(SyntheticChain.account(i))).as("block %d", n)
            .isEqualTo(expected.account(SyntheticChain.account(i)));
      }
    }
  }

  private Process start(final Path dir, final boolean pruning) throws Exception {
    final String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens",
        "java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), CrashImportProcess.class.getName(), dir.toString(),
        Long.toString(TARGET), pruning ? "prune" : "archive").redirectErrorStream(true).start();
  }

  private static void readOutput(final Process process, final AtomicLong committed, final AtomicLong resumedAt,
      final AtomicLong pruningAfter) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed.set(Long.parseLong(line.substring("committed ".length())));
        } else if (line.startsWith("pruning after ")) {
          pruningAfter.set(Long.parseLong(line.substring("pruning after ".length())));
        } else if (line.startsWith("resumed at ")) {
          resumedAt.set(Long.parseLong(line.substring("resumed at ".length())));
        }
      }
    } catch (java.io.IOException e) {
      // the process was killed mid-line
    }
  }
}
