package io.tributary.node.cli.poa;

import picocli.CommandLine.Command;

/** {@code tributary poa}: the proof-of-attribution engine from the command line. */
@Command(name = "poa", description = "Proof of attribution: attribute texts to dataset sketches, benchmark backends.",
    mixinStandardHelpOptions = true, subcommands = {PoaAttributeCommand.class, PoaBenchCommand.class})
public final class PoaCommand {}
