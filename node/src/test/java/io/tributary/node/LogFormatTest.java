package io.tributary.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogFormatTest {
  @AfterEach
  void forget() {
    System.clearProperty("logback.configurationFile");
  }

  @Test
  void jsonSelectsTheJsonConfigurationAndTextOrNothingKeepsTheDefault() {
    assertThat(LogFormat.select(Map.of())).isNull();
    assertThat(LogFormat.select(Map.of("TRIBUTARY_LOG_FORMAT", "text"))).isNull();
    assertThat(System.getProperty("logback.configurationFile")).isNull();
    assertThat(LogFormat.select(Map.of("TRIBUTARY_LOG_FORMAT", "json"))).isNull();
    assertThat(System.getProperty("logback.configurationFile")).isEqualTo("logback-json.xml");
    assertThat(Thread.currentThread().getContextClassLoader().getResource("logback-json.xml")).isNotNull();
  }

  @Test
  void anyOtherFormatIsRefusedWithWhatIsAccepted() {
    assertThat(LogFormat.select(Map.of("TRIBUTARY_LOG_FORMAT", "xml")))
        .isEqualTo("TRIBUTARY_LOG_FORMAT is text or json, not 'xml'");
  }
}
