package io.tributary.node.cli.dataset;

import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.poa.SealedSketch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tributary dataset publish}: sketch, register, upload and seal a corpus in one go; prints the id. */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Sketch a corpus and register, upload and seal it as one dataset; prints its id.",
        "The same as 'dataset sketch', 'register', 'upload' and 'seal' in turn. If it stops half way, finish with "
            + "'upload' and 'seal' on the printed id and the kept sketch (--sketch-out)."})
public final class DatasetPublishCommand extends ModuleCommand {
  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH",
      description = "text files or directories (one document per file, UTF-8)")
  List<Path> corpus;

  @Mixin DatasetMetadata metadata;

  @Option(names = "--sketch-out", paramLabel = "FILE",
      description = "where to keep the sketch (default: a temporary file, deleted afterwards)")
  Path sketchOut;

  @Option(names = "--chunk-bytes", paramLabel = "N", defaultValue = "65536",
      description = "bytes per upload transaction (default: ${DEFAULT-VALUE})")
  int chunkBytes;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed, IOException {
    final Path file = sketchOut != null ? sketchOut : Files.createTempFile("tributary-sketch-", ".bin");
    try {
      final List<String> args = new ArrayList<>();
      corpus.forEach(p -> {
        args.add("--in");
        args.add(p.toString());
      });
      args.add("--out");
      args.add(file.toString());
      final int sketched = new CommandLine(new DatasetSketchCommand()).setOut(out).setErr(err())
          .execute(args.toArray(String[]::new));
      if (sketched != 0) {
        return sketched;
      }
      final SealedSketch sketch = SketchInput.read(file);
      final DatasetTransactions transactions = new DatasetTransactions(sender);
      final long id = metadata.register(transactions, sketch, sender.sender());
      transactions.upload(id, sketch, chunkBytes, out);
      final long from = transactions.seal(id, sketch);
      out.println("dataset " + id + " published and sealed; attributable from block " + from);
      out.println("dataset id: " + id);
      return 0;
    } finally {
      if (sketchOut == null) {
        Files.deleteIfExists(file);
      }
    }
  }
}
