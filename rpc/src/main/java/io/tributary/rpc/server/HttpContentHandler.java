package io.tributary.rpc.server;

import java.util.Optional;

/** Serves GET requests that are not WebSocket upgrades: the explorer's static files, health checks, metrics. */
@FunctionalInterface
public interface HttpContentHandler {
  HttpContentHandler NONE = path -> Optional.empty();

  /** The content for {@code path}, or empty for a 404. */
  Optional<Content> get(String path);

  record Content(String contentType, byte[] body) {}
}
