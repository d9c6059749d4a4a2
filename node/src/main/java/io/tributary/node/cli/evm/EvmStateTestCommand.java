package io.tributary.node.cli.evm;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.state.referencetests.GeneralStateTest;
import io.tributary.state.referencetests.GeneralStateTestParser;
import io.tributary.state.referencetests.GeneralStateTestRunner;
import io.tributary.state.referencetests.StateTestExecutor;
import io.tributary.state.referencetests.StateTestOutcome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tributary evm statetest <file-or-dir>}: runs ethereum/tests GeneralStateTests files under the Cancun rules and
 * prints one JSON line per case (name, fork, index, pass, expected and actual state root) and a summary line. Exits 0
 * when every case passed, 1 when one failed, 2 when the input cannot be read.
 */
@Command(name = "statetest", mixinStandardHelpOptions = true,
    description = "Run GeneralStateTests JSON files (the Cancun entries) and print one JSON line per case, then a "
        + "summary line.")
public final class EvmStateTestCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE_OR_DIR", description = "a GeneralStateTests .json file, or a directory "
      + "searched recursively for them")
  Path input;

  @Option(names = "--run", paramLabel = "REGEX", description = "only the tests whose name (file/test) matches")
  Pattern run;

  @Option(names = "--threads", description = "cases run in parallel on this many threads (default: the CPU count)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    if (!Files.exists(input)) {
      spec.commandLine().getErr().println("error: " + input + " does not exist");
      return 2;
    }
    final boolean directory = Files.isDirectory(input);
    final Path base = input.toAbsolutePath().normalize();
    final List<GeneralStateTest> tests = new ArrayList<>();
    try {
      for (final Path file : GeneralStateTestParser.jsonFiles(input)) {
        // names are relative to the directory given (as in statetest-exclusions.txt), or the file's own name
        final String source = (directory ? base.relativize(file.toAbsolutePath().normalize()) : file.getFileName())
            .toString();
        for (final GeneralStateTest test : GeneralStateTestParser.parse(file, source.replace('\\', '/'))) {
          if (run == null || run.matcher(test.source() + "/" + test.name()).find()) {
            tests.add(test);
          }
        }
      }
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
    int passed = 0;
    int failed = 0;
    final long started = System.nanoTime();
    try (StateTestExecutor executor = new StateTestExecutor(GeneralStateTestRunner.cancun(), Math.max(1, threads))) {
      final List<CompletableFuture<List<StateTestOutcome>>> outcomes = new ArrayList<>(tests.size());
      tests.forEach(test -> outcomes.add(executor.submit(test)));
      for (final CompletableFuture<List<StateTestOutcome>> future : outcomes) {
        for (final StateTestOutcome outcome : future.join()) {
          out.println(JSON.writeValueAsString(line(outcome)));
          if (outcome.pass()) {
            passed++;
          } else {
            failed++;
          }
        }
        out.flush();
      }
    }
    final Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("summary", true);
    summary.put("fork", GeneralStateTestRunner.FORK);
    summary.put("total", passed + failed);
    summary.put("passed", passed);
    summary.put("failed", failed);
    summary.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    out.println(JSON.writeValueAsString(summary));
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static Map<String, Object> line(final StateTestOutcome outcome) {
    final Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", outcome.name());
    json.put("fork", outcome.fork());
    json.put("index", outcome.index());
    final Map<String, Object> indexes = new LinkedHashMap<>();
    indexes.put("data", outcome.indexes().data());
    indexes.put("gas", outcome.indexes().gas());
    indexes.put("value", outcome.indexes().value());
    json.put("indexes", indexes);
    json.put("pass", outcome.pass());
    json.put("expectedStateRoot", outcome.expectedRoot().toHexString());
    json.put("stateRoot", outcome.actualRoot().toHexString());
    if (!outcome.pass()) {
      json.put("expectedLogsHash", outcome.expectedLogs().toHexString());
      json.put("logsHash", outcome.actualLogs().toHexString());
      json.put("error", outcome.failureReason());
    }
    outcome.expectException().ifPresent(e -> json.put("expectException", e));
    outcome.rejection().ifPresent(r -> json.put("rejected", r));
    return json;
  }
}
