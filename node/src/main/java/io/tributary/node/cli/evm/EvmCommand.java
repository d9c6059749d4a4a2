package io.tributary.node.cli.evm;

import picocli.CommandLine.Command;

/** {@code tributary evm}: offline tools for the EVM. */
@Command(name = "evm", description = "Run the EVM offline: ethereum/tests conformance vectors.",
    mixinStandardHelpOptions = true, subcommands = {EvmStateTestCommand.class})
public final class EvmCommand {}
