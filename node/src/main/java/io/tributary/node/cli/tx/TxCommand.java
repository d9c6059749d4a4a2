package io.tributary.node.cli.tx;

import picocli.CommandLine.Command;

/** {@code tributary tx}: offline tools for raw transactions. */
@Command(name = "tx", description = "Work with raw transactions.", mixinStandardHelpOptions = true,
    subcommands = {TxDecodeCommand.class})
public final class TxCommand {}
