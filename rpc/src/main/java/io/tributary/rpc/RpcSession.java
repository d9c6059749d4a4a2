package io.tributary.rpc;

import java.util.Optional;
import java.util.function.Consumer;

/** The connection a request arrived on: HTTP requests cannot be pushed to, WebSocket ones can (subscriptions). */
public interface RpcSession {
  RpcSession HTTP = Optional::empty;

  /** A sink for server-initiated messages (serialised JSON), present only on push-capable transports. */
  Optional<Consumer<String>> push();

  /** Runs {@code action} once the connection closes (subscriptions end with it); HTTP sessions never hold any. */
  default void onClose(final Runnable action) {}
}
