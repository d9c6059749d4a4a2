package io.tributary.node.cli.dataset;

import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary dataset seal}: commits to the uploaded sketch and makes it immutable and attributable. */
@Command(name = "seal", mixinStandardHelpOptions = true,
    description = {"Seal a fully uploaded dataset with its sketch's commitment (keccak-256 of the bit array) and "
        + "shingle count.", "The chain checks both; the dataset is attributable from the next block."})
public final class DatasetSealCommand extends ModuleCommand {
  @Option(names = "--id", required = true, paramLabel = "ID", description = "the dataset id")
  long id;

  @Option(names = "--sketch", required = true, paramLabel = "FILE", description = "the sketch file that was uploaded")
  Path sketchFile;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed, IOException {
    final long from = new DatasetTransactions(sender).seal(id, SketchInput.read(sketchFile));
    out.println("dataset " + id + " sealed; attributable from block " + from);
    return 0;
  }
}
