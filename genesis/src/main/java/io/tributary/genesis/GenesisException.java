package io.tributary.genesis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A genesis file that cannot be used, with what is wrong and where: its message lists every problem, one a line, each
 * starting with its JSON path ({@code alloc.0x…01.balance: not a number: "lots"}).
 */
public final class GenesisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<GenesisProblem> problems;

  public GenesisException(final String message) {
    super(message);
    this.problems = List.of();
  }

  public GenesisException(final String message, final Throwable cause) {
    super(message, cause);
    this.problems = List.of();
  }

  /** Every problem of a file, at least one. */
  public GenesisException(final List<GenesisProblem> problems) {
    super(problems.stream().map(GenesisProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a GenesisException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems found, each with its path; empty when this exception carries only a message. */
  public List<GenesisProblem> problems() {
    return problems;
  }
}
