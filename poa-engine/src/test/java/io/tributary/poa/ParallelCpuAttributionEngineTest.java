package io.tributary.poa;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ParallelCpuAttributionEngineTest {
  private static final ParallelCpuAttributionEngine ENGINE = new ParallelCpuAttributionEngine();

  @AfterAll
  static void close() {
    ENGINE.close();
  }

  @TestFactory
  Stream<DynamicTest> agreesWithTheReferenceOnEveryFixture() {
    return DifferentialAssertions.agreeWithReference(ENGINE);
  }
}
