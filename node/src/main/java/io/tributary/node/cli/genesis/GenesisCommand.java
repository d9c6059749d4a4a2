package io.tributary.node.cli.genesis;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tributary genesis}: check a genesis file, compute its block's hash, or write one for a new testnet. */
@Command(name = "genesis", mixinStandardHelpOptions = true,
    description = "Validate genesis files, compute their hash, or generate keys and a genesis for a testnet.",
    subcommands = {GenesisValidateCommand.class, GenesisHashCommand.class, GenesisNewCommand.class})
public final class GenesisCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
