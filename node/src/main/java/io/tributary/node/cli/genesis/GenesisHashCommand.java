package io.tributary.node.cli.genesis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tributary genesis hash FILE}: the hash and state root of the genesis block a file describes, built in memory
 * exactly as a node builds it, so two operators can compare before starting (and a fork can be checked against the
 * state root of the height it was exported from).
 */
@Command(name = "hash", mixinStandardHelpOptions = true,
    description = "Print the genesis block hash and state root of a genesis file.")
public final class GenesisHashCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the genesis file")
  Path file;

  @Override
  public Integer call() {
    final Optional<CheckedGenesis> genesis = CheckedGenesis.of(file, spec.commandLine().getErr());
    if (genesis.isEmpty()) {
      return 1;
    }
    final PrintWriter out = spec.commandLine().getOut();
    out.printf("genesis hash %s%n", genesis.get().block().block().hash().toHexString());
    out.printf("state root   %s%n", genesis.get().block().block().header().stateRoot().toHexString());
    out.flush();
    return 0;
  }
}
