package io.tributary.genesis;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a genesis file as it is read, so that all of them are reported at once. */
final class GenesisProblems {
  private final List<GenesisProblem> problems = new ArrayList<>();

  void report(final String path, final String message) {
    problems.add(new GenesisProblem(path, message));
  }

  int size() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<GenesisProblem> list() {
    return List.copyOf(problems);
  }

  /** The path of {@code key} in the object at {@code parent}. */
  static String field(final String parent, final String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** The path of element {@code index} of the array at {@code parent}. */
  static String element(final String parent, final int index) {
    return parent + "[" + index + "]";
  }
}
