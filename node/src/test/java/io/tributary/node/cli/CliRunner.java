package io.tributary.node.cli;

import io.tributary.node.Tributary;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the tributary CLI in-process and captures what it prints. */
public final class CliRunner {
  private CliRunner() {}

  public record Result(int exitCode, String out, String err) {}

  public static Result run(final String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CommandLine cli = Tributary.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    final int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
