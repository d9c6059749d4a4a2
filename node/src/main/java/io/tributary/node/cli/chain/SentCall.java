package io.tributary.node.cli.chain;

import io.tributary.core.types.Hash;
import java.util.List;
import java.util.Optional;

/** A mined, successful module call: its transaction, block, gas and the module events it emitted. */
public record SentCall(Hash txHash, long block, long gasUsed, List<DecodedEvent> events) {
  public SentCall {
    events = List.copyOf(events);
  }

  public Optional<DecodedEvent> first(final String eventName) {
    return events.stream().filter(e -> e.name().equals(eventName)).findFirst();
  }

  public List<DecodedEvent> all(final String eventName) {
    return events.stream().filter(e -> e.name().equals(eventName)).toList();
  }
}
