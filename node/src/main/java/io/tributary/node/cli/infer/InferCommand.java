package io.tributary.node.cli.infer;

import picocli.CommandLine.Command;

/** {@code tributary infer}: record a model's outputs with the Attribution module and read them back. */
@Command(name = "infer", description = "Record inferences and pay their royalties.", mixinStandardHelpOptions = true,
    subcommands = {InferRecordCommand.class, InferShowCommand.class})
public final class InferCommand {}
