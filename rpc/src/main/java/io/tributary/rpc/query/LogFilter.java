package io.tributary.rpc.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Log;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.rpc.InvalidJsonRpcParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Which logs a filter object wants: emitted by any of {@code addresses} (none listed: any), and whose topics match
 * {@code topics} by position, each position an OR of hashes where an empty list is a wildcard.
 */
public record LogFilter(List<Address> addresses, List<List<Hash>> topics) {
  /** Logs have at most four topics, so more positions can never match (geth refuses them too). */
  public static final int MAX_TOPICS = 4;

  public LogFilter {
    addresses = List.copyOf(addresses);
    topics = topics.stream().map(List::copyOf).toList();
  }

  /** Reads "address" and "topics" of a filter object (eth_getLogs, eth_subscribe("logs")). */
  public static LogFilter parse(final JsonNode filter) {
    return new LogFilter(addresses(filter.get("address")), topics(filter.get("topics")));
  }

  public boolean matches(final Log log) {
    if (!addresses.isEmpty() && !addresses.contains(log.address())) {
      return false;
    }
    if (topics.size() > log.topics().size()) {
      // A log with fewer topics than the filter's positions fails them, wildcards included (geth's rule).
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      if (!topics.get(i).isEmpty() && !topics.get(i).contains(log.topics().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<Address> addresses(final JsonNode node) {
    final List<Address> addresses = new ArrayList<>();
    if (node == null || node.isNull()) {
      return addresses;
    }
    if (node.isTextual()) {
      addresses.add(address(node));
      return addresses;
    }
    if (!node.isArray()) {
      throw new InvalidJsonRpcParameters("invalid address: expected an address or an array of addresses");
    }
    node.forEach(item -> addresses.add(address(item)));
    return addresses;
  }

  private static Address address(final JsonNode node) {
    if (!node.isTextual() || !node.textValue().matches("0x[0-9a-fA-F]{40}")) {
      throw new InvalidJsonRpcParameters("invalid address: " + (node.isTextual() ? node.textValue() : node));
    }
    return Address.fromHexString(node.textValue());
  }

  private static List<List<Hash>> topics(final JsonNode node) {
    final List<List<Hash>> topics = new ArrayList<>();
    if (node == null || node.isNull()) {
      return topics;
    }
    if (!node.isArray()) {
      throw new InvalidJsonRpcParameters("invalid topics: expected an array");
    }
    if (node.size() > MAX_TOPICS) {
      throw new InvalidJsonRpcParameters("invalid topics: more than " + MAX_TOPICS + " positions");
    }
    for (int i = 0; i < node.size(); i++) {
      final JsonNode position = node.get(i);
      final List<Hash> alternatives = new ArrayList<>();
      if (position.isArray()) {
        for (final JsonNode item : position) {
          if (item.isNull()) {
            // A null among the alternatives matches anything, as geth reads it.
            alternatives.clear();
            break;
          }
          alternatives.add(topic(item, i));
        }
      } else if (!position.isNull()) {
        alternatives.add(topic(position, i));
      }
      topics.add(alternatives);
    }
    return topics;
  }

  private static Hash topic(final JsonNode node, final int position) {
    if (!node.isTextual() || !node.textValue().matches("0x[0-9a-fA-F]{64}")) {
      throw new InvalidJsonRpcParameters("invalid topic at topics[" + position + "]: "
          + (node.isTextual() ? node.textValue() : node) + " is not a 32-byte hex hash");
    }
    return Hash.fromHexString(node.textValue());
  }
}
