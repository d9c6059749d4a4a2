package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Named;

/** Turns every fixture into one dynamic test that compares an engine with the reference. */
final class DifferentialAssertions {
  private DifferentialAssertions() {}

  static Stream<DynamicTest> agreeWithReference(final AttributionEngine engine) {
    final ReferenceAttributionEngine reference = new ReferenceAttributionEngine();
    final List<Named<AttributionFixtures.Case>> cases = AttributionFixtures.all();
    return cases.stream().map(named -> DynamicTest.dynamicTest(named.getName(), () -> {
      final AttributionFixtures.Case c = named.getPayload();
      final AttributionResult expected = reference.attribute(c.params(), c.batch(), c.sketches());
      final AttributionResult actual = engine.attribute(c.params(), c.batch(), c.sketches());
      assertThat(actual).isEqualTo(expected);
    }));
  }
}
