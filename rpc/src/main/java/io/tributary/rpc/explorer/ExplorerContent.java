package io.tributary.rpc.explorer;

import io.tributary.rpc.server.HttpContentHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The block explorer's static files (plain HTML, CSS and ES modules, no build step), served from the classpath under
 * {@link #ROOT} for plain GETs on the RPC port. {@code /} is {@code index.html}; pages are routed in the browser by
 * the URL's fragment ({@code /#/block/12}), so the server only knows files. A path is served only when every segment
 * is a plain name (letters, digits, {@code _ - .}, not starting with a dot: no {@code ..}, no percent escapes, no
 * backslashes) and its extension has a known content type; anything else is a 404.
 */
public final class ExplorerContent implements HttpContentHandler {
  /** Where the files live on the classpath; the module ABIs are copied into {@code abi/} by the build. */
  public static final String ROOT = "io/tributary/rpc/explorer/site/";

  private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){1,8}");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "txt", "text/plain; charset=utf-8");

  private final ClassLoader loader;
  private final String root;
  private final Map<String, Content> cache = new ConcurrentHashMap<>();

  /** The explorer bundled in this module's jar. */
  public static ExplorerContent fromClasspath() {
    return new ExplorerContent(ExplorerContent.class.getClassLoader(), ROOT);
  }

  /**
   * Files under {@code root} (ending in {@code /}) on {@code loader}'s classpath.
   *
   * @param loader where the files are found
   * @param root the classpath folder that {@code /} maps to
   */
  public ExplorerContent(final ClassLoader loader, final String root) {
    if (!root.endsWith("/")) {
      throw new IllegalArgumentException("root must end with '/': " + root);
    }
    this.loader = loader;
    this.root = root;
  }

  @Override
  public Optional<Content> get(final String path) {
    final String file = "/".equals(path) ? "/index.html" : path;
    if (file == null || !SAFE_PATH.matcher(file).matches()) {
      return Optional.empty();
    }
    final String type = contentType(file);
    if (type == null) {
      return Optional.empty();
    }
    final Content cached = cache.get(file);
    if (cached != null) {
      return Optional.of(cached);
    }
    // Only files that exist are cached, so the map is bounded by the bundle, whatever paths are asked for.
    return read(root + file.substring(1)).map(body -> {
      final Content content = new Content(type, body);
      cache.put(file, content);
      return content;
    });
  }

  /** The content type for a file name's extension, or null for one the explorer does not serve. */
  static String contentType(final String file) {
    final int slash = file.lastIndexOf('/');
    final int dot = file.lastIndexOf('.');
    if (dot <= slash + 1 || dot == file.length() - 1) {
      return null;
    }
    return TYPES.get(file.substring(dot + 1));
  }

  private Optional<byte[]> read(final String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (final IOException e) {
      throw new UncheckedIOException("reading explorer file " + resource, e);
    }
  }
}
