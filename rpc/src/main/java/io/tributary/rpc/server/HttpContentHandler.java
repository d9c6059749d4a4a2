package io.tributary.rpc.server;

import io.tributary.core.crypto.Sha256;
import java.util.HexFormat;
import java.util.Optional;

/** Serves GET requests that are not WebSocket upgrades: the explorer's static files, health checks, metrics. */
@FunctionalInterface
public interface HttpContentHandler {
  HttpContentHandler NONE = path -> Optional.empty();

  /** The content for {@code path}, or empty for a 404. */
  Optional<Content> get(String path);

  /**
   * A body with its type and entity tag: the server sends the tag with {@code Cache-Control: no-cache}, so a browser
   * keeps the file and asks again each time, and a request whose {@code If-None-Match} names the tag is a 304 without
   * the body.
   *
   * @param etag a quoted strong entity tag that changes whenever the body does
   */
  record Content(String contentType, byte[] body, String etag) {
    /** Content tagged with a digest of its body. */
    public Content(final String contentType, final byte[] body) {
      this(contentType, body, tagOf(body));
    }

    private static String tagOf(final byte[] body) {
      return "\"" + HexFormat.of().formatHex(Sha256.digest(body), 0, 16) + "\"";
    }
  }
}
