package io.tributary.state.referencetests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tributary.core.testing.EthereumTestVectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Cancun entry of ethereum/tests GeneralStateTests, one dynamic test per case named
 * {@code <dir>/<file>.json/<test>[<index>] d<data> g<gas> v<value>}. The cases run in parallel ahead of the tests that
 * report them. A case listed in {@code statetest-exclusions.txt} that fails is reported as skipped with its reason;
 * any other failure fails the build. Cases listed there as {@code slow:} run only in the soak build
 * ({@code -Dtributary.soak=true}, {@code make soak}). A summary of pass counts per directory is printed at the end.
 */
class GeneralStateReferenceTest {
  private static final String SUITE = "GeneralStateTests";
  private static final StateTestExclusions EXCLUSIONS = StateTestExclusions.load("/statetest-exclusions.txt");
  /** Per top-level directory: passed, failed, skipped. */
  private static final Map<String, int[]> COUNTS = new TreeMap<>();
  private static final boolean SOAK = Boolean.getBoolean("tributary.soak");
  private static StateTestExecutor executor;

  @TestFactory
  Stream<DynamicTest> everyCancunCase() {
    final Path root = EthereumTestVectors.dir(SUITE);
    final List<Path> files = EthereumTestVectors.jsonFiles(SUITE);
    final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    executor = new StateTestExecutor(GeneralStateTestRunner.cancun(), threads);
    final List<GeneralStateTest> tests = files.parallelStream()
        .flatMap(file -> GeneralStateTestParser.parse(file, root.relativize(file).toString().replace('\\', '/'))
            .stream())
        .filter(test -> !test.postFor(GeneralStateTestRunner.FORK).isEmpty())
        .toList();
    final List<DynamicTest> dynamicTests = new ArrayList<>();
    for (final GeneralStateTest test : tests) {
      final List<StateTestPost> posts = test.postFor(GeneralStateTestRunner.FORK);
      final String testName = test.source() + "/" + test.name();
      final boolean skip = !SOAK && IntStream.range(0, posts.size())
          .allMatch(i -> EXCLUSIONS.isSlow(testName + "[" + i + "]"));
      final CompletableFuture<List<StateTestOutcome>> outcomes = skip ? null : executor.submit(test);
      for (int i = 0; i < posts.size(); i++) {
        final int index = i;
        final StateTestPost.Indexes ix = posts.get(i).indexes();
        final String name = testName + "[" + i + "] d" + ix.data() + " g" + ix.gas() + " v" + ix.value();
        dynamicTests.add(DynamicTest.dynamicTest(name, skip
            ? () -> skipSlow(testName, index)
            : () -> check(outcomes.join().get(index))));
      }
    }
    assertThat(dynamicTests).as("Cancun cases found under " + root).hasSizeGreaterThan(20_000);
    return dynamicTests.stream();
  }

  private static void skipSlow(final String testName, final int index) {
    count(testName.substring(0, testName.indexOf('/')), 2);
    Assumptions.abort("not run outside the soak build: " + EXCLUSIONS.reasonFor(testName + "[" + index + "]")
        .orElseThrow());
  }

  private static void check(final StateTestOutcome outcome) {
    final String directory = outcome.name().substring(0, outcome.name().indexOf('/'));
    if (outcome.pass()) {
      count(directory, 0);
      return;
    }
    final String caseId = outcome.name() + "[" + outcome.index() + "]";
    final String reason = outcome.failureReason();
    final var excluded = EXCLUSIONS.reasonFor(caseId);
    if (excluded.isPresent()) {
      count(directory, 2);
      Assumptions.abort("excluded: " + excluded.get() + "; " + reason);
    }
    count(directory, 1);
    fail(caseId + ": " + reason);
  }

  private static synchronized void count(final String directory, final int column) {
    COUNTS.computeIfAbsent(directory, d -> new int[3])[column]++;
  }

  @AfterAll
  static synchronized void printSummary() {
    if (executor != null) {
      executor.close();
    }
    final int[] total = new int[3];
    final StringBuilder out = new StringBuilder("GeneralStateTests (Cancun): passed / failed / skipped per directory\n");
    COUNTS.forEach((directory, c) -> {
      out.append(String.format(Locale.ROOT, "  %-34s %6d %6d %6d%n", directory, c[0], c[1], c[2]));
      for (int i = 0; i < 3; i++) {
        total[i] += c[i];
      }
    });
    out.append(String.format(Locale.ROOT, "  %-34s %6d %6d %6d (%d exclusion patterns)%n", "total", total[0], total[1],
        total[2], EXCLUSIONS.size()));
    System.out.print(out);
  }
}
