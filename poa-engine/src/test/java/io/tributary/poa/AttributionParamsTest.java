package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttributionParamsTest {
  @Test
  void refusesParametersOutsideTheirBounds() {
    assertThatThrownBy(() -> new AttributionParams(0, 16, 10, 30, 6, 4096)).hasMessageContaining("n must");
    assertThatThrownBy(() -> new AttributionParams(8, 33, 10, 30, 6, 4096)).hasMessageContaining("k must");
    assertThatThrownBy(() -> new AttributionParams(8, 16, 5, 30, 6, 4096)).hasMessageContaining("b bounds");
    assertThatThrownBy(() -> new AttributionParams(8, 16, 20, 10, 6, 4096)).hasMessageContaining("b bounds");
    assertThatThrownBy(() -> new AttributionParams(8, 16, 10, 33, 6, 4096)).hasMessageContaining("b bounds");
    assertThatThrownBy(() -> new AttributionParams(8, 16, 10, 30, 0, 4096)).hasMessageContaining("minHits");
    assertThatThrownBy(() -> new AttributionParams(8, 16, 10, 30, 6, 0)).hasMessageContaining("maxWords");
  }
}
