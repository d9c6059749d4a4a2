package io.tributary.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.rpc.server.HttpContentHandler.Content;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplorerContentTest {
  private final ExplorerContent explorer = ExplorerContent.fromClasspath();

  private static String text(final Optional<Content> content) {
    return new String(content.orElseThrow().body(), StandardCharsets.UTF_8);
  }

  @Test
  void rootServesTheIndexPageAsHtml() {
    final Optional<Content> root = explorer.get("/");
    assertThat(root).isPresent();
    assertThat(root.get().contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(text(root)).contains("<!doctype html>").contains("app.js");
    assertThat(explorer.get("/index.html").orElseThrow().body()).isEqualTo(root.get().body());
  }

  @Test
  void scriptsStylesAndAbisHaveTheirContentTypes() {
    assertThat(explorer.get("/app.js").orElseThrow().contentType()).isEqualTo("text/javascript; charset=utf-8");
    assertThat(explorer.get("/style.css").orElseThrow().contentType()).isEqualTo("text/css; charset=utf-8");
    final Optional<Content> abi = explorer.get("/abi/IAttribution.json");
    assertThat(abi.orElseThrow().contentType()).isEqualTo("application/json");
    assertThat(text(abi)).contains("recordInference");
  }

  @Test
  void everyModuleAbiIsBundled() {
    for (final String name : new String[] {"IDatasetRegistry", "IModelRegistry", "IAttribution", "IGovernance"}) {
      assertThat(explorer.get("/abi/" + name + ".json")).as(name).isPresent();
    }
  }

  @Test
  void everyModuleTheIndexImportsIsServed() {
    for (final String module : new String[] {"/app.js", "/rpc.js", "/abi.js", "/format.js", "/pages.js"}) {
      assertThat(explorer.get(module)).as(module).isPresent();
    }
  }

  @Test
  void unknownFilesAreNotFound() {
    assertThat(explorer.get("/nope.html")).isEmpty();
    assertThat(explorer.get("/abi/INope.json")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../ExplorerContent.class", "/..", "/abi/../app.js", "/./app.js", "//app.js", "/abi/",
      "/abi", "/%2e%2e/ExplorerContent.class", "/..%2fExplorerContent.class", "/.hidden.js", "/app.js/",
      "/..\\ExplorerContent.class", "", "app.js", "/index.html\u0000.js", "/ExplorerContent.class"})
  void pathsOutsideTheSiteOrWithoutAKnownTypeAreNotFound(final String path) {
    assertThat(explorer.get(path)).as(path).isEmpty();
  }

  @Test
  void classFilesBesideTheSiteAreNeverServed() {
    final ExplorerContent atPackage = new ExplorerContent(getClass().getClassLoader(), "io/tributary/rpc/explorer/");
    assertThat(atPackage.get("/ExplorerContent.class")).isEmpty();
    assertThat(atPackage.get("/site/index.html")).isPresent();
  }

  @Test
  void contentTypeComesFromTheLastExtensionOnly() {
    assertThat(ExplorerContent.contentType("/a.min.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(ExplorerContent.contentType("/abi.d/readme")).isNull();
    assertThat(ExplorerContent.contentType("/file.")).isNull();
    assertThat(ExplorerContent.contentType("/x.class")).isNull();
    assertThat(ExplorerContent.contentType("/x.jar")).isNull();
  }
}
