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
 * {@code tributary genesis validate FILE}: every problem of a genesis file, each with its JSON path (exit 1), or a
 * summary of the chain it starts (exit 0). The file must name its validators, as it must to start a chain by itself.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a genesis file and print every problem with its JSON path, or a summary when it is valid.")
public final class GenesisValidateCommand implements Callable<Integer> {
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
    final int validators = genesis.get().config().validators().size();
    final int accounts = genesis.get().config().alloc().size();
    out.printf("valid: chain id %d, %d validator%s, %d account%s, genesis hash %s%n", genesis.get().config().chainId(),
        validators, validators == 1 ? "" : "s", accounts, accounts == 1 ? "" : "s",
        genesis.get().block().block().hash().toHexString());
    out.flush();
    return 0;
  }
}
