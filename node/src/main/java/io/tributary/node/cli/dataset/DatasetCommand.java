package io.tributary.node.cli.dataset;

import picocli.CommandLine.Command;

/** {@code tributary dataset}: dataset tools; a parent so that register, upload and seal can join sketch later. */
@Command(name = "dataset", description = "Work with attribution datasets.", mixinStandardHelpOptions = true,
    subcommands = {DatasetSketchCommand.class})
public final class DatasetCommand {}
