package io.tributary.genesis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads JSON text into a tree, reporting a key that appears twice in one object (two allocations of one address) as a
 * problem at its path instead of keeping the last one silently or stopping there; the first occurrence is kept.
 * Integers keep every digit and fractions stay decimals, so a reader can say which numbers are not integers.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /** The tree of {@code text}, or empty (and a problem at the root) when it is not JSON. */
  static Optional<JsonNode> read(final String text, final GenesisProblems problems) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        problems.report(GenesisProblem.ROOT, "the file is empty: a genesis is a JSON object");
        return Optional.empty();
      }
      final JsonNode root = value(parser, "", problems);
      if (parser.nextToken() != null) {
        problems.report(GenesisProblem.ROOT, "more text after the JSON value, at line "
            + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr());
      }
      return Optional.of(root);
    } catch (final JsonProcessingException e) {
      problems.report(GenesisProblem.ROOT, "not valid JSON: " + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
      return Optional.empty();
    } catch (final IOException e) {
      throw new UncheckedIOException(e); // a String does not fail to read
    }
  }

  private static JsonNode value(final JsonParser parser, final String path, final GenesisProblems problems)
      throws IOException {
    final JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> object(parser, path, problems);
      case START_ARRAY -> array(parser, path, problems);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> decimal(parser);
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseProblem(parser, "unexpected " + token);
    };
  }

  /** A fraction as a decimal; an exponent beyond a decimal's scale (1e99999999999) reads as a double, still no integer. */
  private static JsonNode decimal(final JsonParser parser) throws IOException {
    try {
      return NODES.numberNode(parser.getDecimalValue());
    } catch (final NumberFormatException e) {
      return NODES.numberNode(parser.getDoubleValue());
    }
  }

  private static ObjectNode object(final JsonParser parser, final String path, final GenesisProblems problems)
      throws IOException {
    final ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      final String key = parser.currentName();
      final String child = GenesisProblems.field(path, key);
      parser.nextToken();
      final JsonNode value = value(parser, child, problems);
      if (object.has(key)) {
        problems.report(child, "appears twice in one object (the first is used); JSON keys must be unique");
      } else {
        object.set(key, value);
      }
    }
    return object;
  }

  private static ArrayNode array(final JsonParser parser, final String path, final GenesisProblems problems)
      throws IOException {
    final ArrayNode array = NODES.arrayNode();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(parser, GenesisProblems.element(path, index++), problems));
    }
    return array;
  }

  /** A token the parser should never hand out where a value starts. */
  private static final class JsonParseProblem extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseProblem(final JsonParser parser, final String message) {
      super(message, parser.currentLocation());
    }
  }
}
