package io.tributary.node.cli.genesis;

import io.tributary.genesis.GenesisBlock;
import io.tributary.genesis.GenesisConfig;
import io.tributary.genesis.GenesisFile;
import io.tributary.genesis.GenesisProblem;
import io.tributary.genesis.GenesisValidation;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A genesis file checked as the start of a chain (validators required) and, when valid, its genesis block built on a
 * throwaway in-memory state, as a node builds it on its data dir: the same hash and state root.
 */
record CheckedGenesis(GenesisConfig config, GenesisBlock block) {
  /** The checked genesis of {@code file}, or empty after printing every problem to {@code err}. */
  static Optional<CheckedGenesis> of(final Path file, final PrintWriter err) {
    final GenesisValidation validation = GenesisFile.validate(file);
    if (!validation.isValid()) {
      for (final GenesisProblem problem : validation.problems()) {
        err.println(problem);
      }
      final int count = validation.problems().size();
      err.printf("%s: %d problem%s%n", file, count, count == 1 ? "" : "s");
      err.flush();
      return Optional.empty();
    }
    final GenesisConfig config = validation.orElseThrow();
    return Optional.of(new CheckedGenesis(config, build(config)));
  }

  /** The genesis block of {@code config} on an in-memory state. */
  static GenesisBlock build(final GenesisConfig config) {
    return GenesisBlock.of(config, new WorldStateArchive(new InMemoryKeyValueStorage()));
  }
}
