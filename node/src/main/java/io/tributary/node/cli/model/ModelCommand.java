package io.tributary.node.cli.model;

import picocli.CommandLine.Command;

/** {@code tributary model}: register models in the ModelRegistry. */
@Command(name = "model", description = "Work with models in the ModelRegistry.", mixinStandardHelpOptions = true,
    subcommands = {ModelRegisterCommand.class})
public final class ModelCommand {}
