package io.tributary.core.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Solidity ABI type: the subset Tributary's native modules speak (uintN, address, bool, bytesN, bytes, string,
 * T[] and tuples). {@link #canonical()} is the spelling that goes into function selectors and event topics.
 */
public sealed interface AbiType {
  /** The canonical name, e.g. {@code uint64}, {@code (uint64,uint32)[]}. */
  String canonical();

  /** Whether the value lives in the tail (a length-prefixed or offset-addressed part) rather than the head. */
  boolean isDynamic();

  /** Bytes the value takes in the head: 32 for dynamic types (their offset) and every elementary static type. */
  default int headSize() {
    return 32;
  }

  /** uint8 ... uint256. */
  record UInt(int bits) implements AbiType {
    public UInt {
      if (bits < 8 || bits > 256 || bits % 8 != 0) {
        throw new IllegalArgumentException("uint bits must be a multiple of 8 in [8, 256], got " + bits);
      }
    }

    @Override
    public String canonical() {
      return "uint" + bits;
    }

    @Override
    public boolean isDynamic() {
      return false;
    }
  }

  /** A 20-byte address, left-padded with zeros. */
  record AddressType() implements AbiType {
    @Override
    public String canonical() {
      return "address";
    }

    @Override
    public boolean isDynamic() {
      return false;
    }
  }

  /** 0 or 1. */
  record Bool() implements AbiType {
    @Override
    public String canonical() {
      return "bool";
    }

    @Override
    public boolean isDynamic() {
      return false;
    }
  }

  /** bytes1 ... bytes32, right-padded with zeros. */
  record FixedBytes(int size) implements AbiType {
    public FixedBytes {
      if (size < 1 || size > 32) {
        throw new IllegalArgumentException("bytesN needs 1 <= N <= 32, got " + size);
      }
    }

    @Override
    public String canonical() {
      return "bytes" + size;
    }

    @Override
    public boolean isDynamic() {
      return false;
    }
  }

  /** bytes: a length, then the bytes right-padded to a multiple of 32. */
  record DynamicBytes() implements AbiType {
    @Override
    public String canonical() {
      return "bytes";
    }

    @Override
    public boolean isDynamic() {
      return true;
    }
  }

  /** string: UTF-8 bytes encoded as {@code bytes}. */
  record Utf8String() implements AbiType {
    @Override
    public String canonical() {
      return "string";
    }

    @Override
    public boolean isDynamic() {
      return true;
    }
  }

  /** T[]: a length, then the elements encoded as a tuple of that many T. */
  record Array(AbiType element) implements AbiType {
    @Override
    public String canonical() {
      return element.canonical() + "[]";
    }

    @Override
    public boolean isDynamic() {
      return true;
    }
  }

  /** (T1,...,Tn): a Solidity struct. */
  record Tuple(List<AbiType> components) implements AbiType {
    public Tuple {
      components = List.copyOf(components);
    }

    @Override
    public String canonical() {
      return components.stream().map(AbiType::canonical).collect(Collectors.joining(",", "(", ")"));
    }

    @Override
    public boolean isDynamic() {
      return components.stream().anyMatch(AbiType::isDynamic);
    }

    @Override
    public int headSize() {
      if (isDynamic()) {
        return 32;
      }
      int size = 0;
      for (final AbiType component : components) {
        size += component.headSize();
      }
      return size;
    }
  }

  static AbiType uint(final int bits) {
    return new UInt(bits);
  }

  /** Parses a canonical type name such as {@code uint64}, {@code bytes32}, {@code (uint64,uint32)[]}. */
  static AbiType parse(final String text) {
    final String type = text.strip();
    if (type.endsWith("[]")) {
      return new Array(parse(type.substring(0, type.length() - 2)));
    }
    if (type.startsWith("(") && type.endsWith(")")) {
      return new Tuple(parseList(type.substring(1, type.length() - 1)));
    }
    return switch (type) {
      case "address" -> new AddressType();
      case "bool" -> new Bool();
      case "bytes" -> new DynamicBytes();
      case "string" -> new Utf8String();
      case "uint" -> new UInt(256);
      default -> {
        if (type.startsWith("uint")) {
          yield new UInt(Integer.parseInt(type.substring(4)));
        }
        if (type.startsWith("bytes")) {
          yield new FixedBytes(Integer.parseInt(type.substring(5)));
        }
        throw new IllegalArgumentException("unsupported ABI type: " + type);
      }
    };
  }

  /** Parses a comma-separated list of types, respecting parentheses: {@code uint64,(uint64,uint32)[]}. */
  static List<AbiType> parseList(final String text) {
    final List<AbiType> types = new ArrayList<>();
    if (text.isBlank()) {
      return types;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      final char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        types.add(parse(text.substring(start, i)));
        start = i + 1;
      }
    }
    types.add(parse(text.substring(start)));
    return types;
  }
}
