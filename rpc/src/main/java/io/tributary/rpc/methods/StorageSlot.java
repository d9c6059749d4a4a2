package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.rpc.InvalidJsonRpcParameters;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/** A storage key parameter: hex of up to 32 bytes, left-padded as geth reads it ("0x0" and a full word alike). */
final class StorageSlot {
  private StorageSlot() {}

  static UInt256 parse(final JsonNode node, final String where) {
    if (node == null || !node.isTextual()) {
      throw new InvalidJsonRpcParameters("invalid storage key at " + where + ": expected a hex string");
    }
    final String text = node.textValue();
    if (!text.matches("0x[0-9a-fA-F]{1,64}")) {
      throw new InvalidJsonRpcParameters("invalid storage key at " + where + ": " + text
          + " is not hex of at most 32 bytes");
    }
    return UInt256.fromBytes(Bytes.fromHexStringLenient(text.substring(2), 32));
  }
}
