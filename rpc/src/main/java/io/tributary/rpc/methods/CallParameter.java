package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcParameters;
import io.tributary.state.processing.CallSimulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.tuweni.bytes.Bytes;

/** The call object of eth_call and eth_estimateGas: an unsigned transaction, every field optional but the target. */
public record CallParameter(Optional<Address> from, Optional<Address> to, OptionalLong gas, Optional<Wei> gasPrice,
    Optional<Wei> maxFeePerGas, Optional<Wei> maxPriorityFeePerGas, Wei value, Bytes data,
    List<AccessListEntry> accessList) {

  public static CallParameter parse(final JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new InvalidJsonRpcParameters("invalid call object: expected an object with at least \"to\" or \"data\"");
    }
    final Optional<Address> from = text(node, "from").map(t -> address(t, "from"));
    final Optional<Address> to = text(node, "to").map(t -> address(t, "to"));
    final OptionalLong gas = text(node, "gas").map(t -> OptionalLong.of(longQuantity(t, "gas")))
        .orElse(OptionalLong.empty());
    final Optional<Wei> gasPrice = text(node, "gasPrice").map(t -> wei(t, "gasPrice"));
    final Optional<Wei> maxFee = text(node, "maxFeePerGas").map(t -> wei(t, "maxFeePerGas"));
    final Optional<Wei> maxTip = text(node, "maxPriorityFeePerGas").map(t -> wei(t, "maxPriorityFeePerGas"));
    if (gasPrice.isPresent() && (maxFee.isPresent() || maxTip.isPresent())) {
      throw new InvalidJsonRpcParameters("both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified");
    }
    final Wei value = text(node, "value").map(t -> wei(t, "value")).orElse(Wei.ZERO);
    final Optional<String> input = text(node, "input");
    final Optional<String> data = text(node, "data");
    if (input.isPresent() && data.isPresent() && !input.get().equalsIgnoreCase(data.get())) {
      throw new InvalidJsonRpcParameters("both \"data\" and \"input\" are set and not equal");
    }
    final Bytes payload = input.or(() -> data).map(t -> bytes(t, "input")).orElse(Bytes.EMPTY);
    final List<AccessListEntry> entries = new ArrayList<>();
    final JsonNode accessList = node.get("accessList");
    if (accessList != null && !accessList.isNull()) {
      if (!accessList.isArray()) {
        throw new InvalidJsonRpcParameters("invalid accessList: expected an array");
      }
      for (final JsonNode entry : accessList) {
        final Address address = text(entry, "address").map(t -> address(t, "accessList address"))
            .orElseThrow(() -> new InvalidJsonRpcParameters("invalid accessList: an entry has no address"));
        final List<Hash> keys = new ArrayList<>();
        final JsonNode storageKeys = entry.get("storageKeys");
        if (storageKeys != null && !storageKeys.isNull()) {
          for (final JsonNode key : storageKeys) {
            if (!key.isTextual() || !key.asText().matches("0x[0-9a-fA-F]{64}")) {
              throw new InvalidJsonRpcParameters("invalid accessList storage key: " + key);
            }
            keys.add(Hash.fromHexString(key.asText()));
          }
        }
        entries.add(new AccessListEntry(address, keys));
      }
    }
    return new CallParameter(from, to, gas, gasPrice, maxFee, maxTip, value, payload, entries);
  }

  /** The price per gas the caller offers, if any (legacy gasPrice or the EIP-1559 cap). */
  public Optional<Wei> feeCap() {
    return gasPrice.or(() -> maxFeePerGas);
  }

  /**
   * The message to simulate with {@code defaultGas} when the caller named none: from the zero address unless named;
   * a legacy gasPrice is both cap and tip, an EIP-1559 cap without a tip tips nothing.
   */
  public CallSimulator.Call toCall(final long defaultGas) {
    final Wei tip = gasPrice.or(() -> maxPriorityFeePerGas).orElse(Wei.ZERO);
    return new CallSimulator.Call(from.orElse(Address.ZERO), to, gas.orElse(defaultGas), feeCap(), tip, value, data,
        accessList);
  }

  private static Optional<String> text(final JsonNode node, final String field) {
    final JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new InvalidJsonRpcParameters("invalid " + field + ": expected a hex string");
    }
    return Optional.of(value.asText());
  }

  private static Address address(final String text, final String field) {
    if (!text.matches("0x[0-9a-fA-F]{40}")) {
      throw new InvalidJsonRpcParameters("invalid " + field + " address: " + text);
    }
    return Address.fromHexString(text);
  }

  private static long longQuantity(final String text, final String field) {
    final BigInteger value = JsonRpcParameters.parseQuantity(text, field);
    if (value.bitLength() > 63) {
      throw new InvalidJsonRpcParameters("invalid " + field + ": " + text + " does not fit 64 bits");
    }
    return value.longValueExact();
  }

  private static Wei wei(final String text, final String field) {
    final BigInteger value = JsonRpcParameters.parseQuantity(text, field);
    if (value.bitLength() > 256) {
      throw new InvalidJsonRpcParameters("invalid " + field + ": above 2^256-1");
    }
    return Wei.of(value);
  }

  private static Bytes bytes(final String text, final String field) {
    if (!text.matches("0x([0-9a-fA-F]{2})*")) {
      throw new InvalidJsonRpcParameters("invalid " + field + ": expected 0x-prefixed even-length hex");
    }
    return Bytes.fromHexString(text);
  }
}
