package io.tributary.rpc;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/** The methods a node serves, by name. Namespaces are enabled by registering their methods. */
public final class JsonRpcMethods {
  private final TreeMap<String, JsonRpcMethod> byName = new TreeMap<>();

  public JsonRpcMethods register(final JsonRpcMethod method) {
    if (byName.putIfAbsent(method.name(), method) != null) {
      throw new IllegalArgumentException("method registered twice: " + method.name());
    }
    return this;
  }

  public Optional<JsonRpcMethod> get(final String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Collection<String> names() {
    return Collections.unmodifiableSet(byName.keySet());
  }
}
