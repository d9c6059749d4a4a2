package io.tributary.node.cli.dataset;

import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.poa.SealedSketch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tributary dataset register}: registers a dataset sized for a sketch file; prints its id. */
@Command(name = "register", mixinStandardHelpOptions = true,
    description = {"Register a dataset in the DatasetRegistry (0x...a7001) for a sketch made by 'dataset sketch'.",
        "Then upload the sketch with 'dataset upload' and seal it with 'dataset seal' (or do all with 'publish')."})
public final class DatasetRegisterCommand extends ModuleCommand {
  @Mixin DatasetMetadata metadata;

  @Option(names = "--sketch", required = true, paramLabel = "FILE", description = "the sketch file (sketch.bin)")
  Path sketchFile;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed, IOException {
    final SealedSketch sketch = SketchInput.read(sketchFile);
    final long id = metadata.register(new DatasetTransactions(sender), sketch, sender.sender());
    out.println("dataset id: " + id);
    return 0;
  }
}
