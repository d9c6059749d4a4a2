package io.tributary.state.storage;

import java.util.Objects;

/**
 * A named key space inside one {@link KeyValueStorage} (an LMDB named database). Modules declare their own segments;
 * the names are part of the on-disk format, so never rename one.
 */
public record Segment(String name) {
  public Segment {
    Objects.requireNonNull(name);
    if (!name.matches("[a-z][a-z0-9_]{0,31}")) {
      throw new IllegalArgumentException("segment names are lower-case identifiers: " + name);
    }
  }
}
