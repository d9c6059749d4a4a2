package io.tributary.node.cli.dataset;

import picocli.CommandLine.Command;

/** {@code tributary dataset}: build a dataset's sketch and publish it to the DatasetRegistry. */
@Command(name = "dataset", description = "Work with attribution datasets.", mixinStandardHelpOptions = true,
    subcommands = {DatasetSketchCommand.class, DatasetRegisterCommand.class, DatasetUploadCommand.class,
        DatasetSealCommand.class, DatasetPublishCommand.class})
public final class DatasetCommand {}
