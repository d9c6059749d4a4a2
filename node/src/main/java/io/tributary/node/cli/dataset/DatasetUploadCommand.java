package io.tributary.node.cli.dataset;

import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary dataset upload}: uploads what the chain does not have yet of a registered dataset's sketch. */
@Command(name = "upload", mixinStandardHelpOptions = true,
    description = {"Upload a registered dataset's sketch in chunks, in order.",
        "Resumes where the chain's upload stands (ai_getDataset's uploadedBytes), so an interrupted upload is simply "
            + "run again. Uploading costs 64 gas a byte: large sketches take several blocks."})
public final class DatasetUploadCommand extends ModuleCommand {
  @Option(names = "--id", required = true, paramLabel = "ID", description = "the dataset id")
  long id;

  @Option(names = "--sketch", required = true, paramLabel = "FILE", description = "the sketch file it was registered for")
  Path sketchFile;

  @Option(names = "--chunk-bytes", paramLabel = "N", defaultValue = "65536",
      description = "bytes per upload transaction, a multiple of 32, at most 65536 (default: ${DEFAULT-VALUE})")
  int chunkBytes;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed, IOException {
    new DatasetTransactions(sender).upload(id, SketchInput.read(sketchFile), chunkBytes, out);
    return 0;
  }
}
