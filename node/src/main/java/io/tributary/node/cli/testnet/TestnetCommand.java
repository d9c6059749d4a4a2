package io.tributary.node.cli.testnet;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tributary testnet}: a multi-validator network on this machine (loopback), for trying and testing. */
@Command(name = "testnet", mixinStandardHelpOptions = true,
    description = "Generate, start, inspect and stop a local testnet of validator processes.",
    subcommands = {TestnetInitCommand.class, TestnetStartCommand.class, TestnetStatusCommand.class,
        TestnetStopCommand.class})
public final class TestnetCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
