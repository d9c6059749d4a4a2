package io.tributary.genesis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.gov.GovParameter;
import io.tributary.state.gov.GovParams;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Reads genesis files in geth's shape, so existing ones work: {@code config.chainId}, {@code alloc} (balances, nonces,
 * code, storage), {@code gasLimit}, {@code baseFeePerGas}, {@code timestamp}; Tributary's own settings sit under
 * {@code config.tributary} ({@code validators}). Numbers may be JSON numbers, decimal strings or 0x-hex. Every problem
 * is reported with the path of the field at fault.
 */
public final class GenesisFile {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private GenesisFile() {}

  public static GenesisConfig read(final Path file) {
    final String text;
    try {
      text = Files.readString(file);
    } catch (final IOException e) {
      throw new GenesisException("cannot read genesis file " + file + ": " + e.getMessage(), e);
    }
    return parse(text);
  }

  public static GenesisConfig parse(final String json) {
    final JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (final JsonProcessingException e) {
      throw new GenesisException("genesis is not valid JSON: " + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
    }
    if (root == null || !root.isObject()) {
      throw new GenesisException("genesis must be a JSON object");
    }
    final JsonNode config = root.get("config");
    if (config == null || !config.isObject()) {
      throw new GenesisException("genesis: config is missing (it must hold at least chainId)");
    }
    final long chainId = requiredLong(config, "chainId", "config.chainId");
    if (chainId <= 0) {
      throw new GenesisException("genesis: config.chainId must be positive, got " + chainId);
    }
    final long gasLimit = optionalLong(root, "gasLimit", GenesisConfig.DEFAULT_GAS_LIMIT);
    if (gasLimit < 21_000) {
      throw new GenesisException("genesis: gasLimit " + gasLimit + " cannot fit a single transfer (21000)");
    }
    final Wei baseFee = root.has("baseFeePerGas") ? Wei.of(quantity(root.get("baseFeePerGas"), "baseFeePerGas"))
        : GenesisConfig.DEFAULT_BASE_FEE;
    final long timestamp = optionalLong(root, "timestamp", 0);
    if (root.has("difficulty") && quantity(root.get("difficulty"), "difficulty").signum() != 0) {
      throw new GenesisException("genesis: difficulty must be 0 on a BFT chain");
    }
    final List<Address> validators = new ArrayList<>();
    final JsonNode tributary = config.get("tributary");
    if (tributary != null && tributary.has("validators")) {
      final JsonNode list = tributary.get("validators");
      if (!list.isArray()) {
        throw new GenesisException("genesis: config.tributary.validators must be an array of addresses");
      }
      for (int i = 0; i < list.size(); i++) {
        final Address validator = address(list.get(i).asText(), "config.tributary.validators[" + i + "]");
        if (validators.contains(validator)) {
          throw new GenesisException("genesis: config.tributary.validators lists " + validator + " twice");
        }
        validators.add(validator);
      }
    }
    final TreeMap<Address, GenesisAccount> alloc = new TreeMap<>(GenesisConfig::compareAddresses);
    final JsonNode allocNode = root.get("alloc");
    if (allocNode != null) {
      if (!allocNode.isObject()) {
        throw new GenesisException("genesis: alloc must be an object of address -> account");
      }
      final Iterator<Map.Entry<String, JsonNode>> fields = allocNode.fields();
      while (fields.hasNext()) {
        final Map.Entry<String, JsonNode> entry = fields.next();
        final String path = "alloc." + entry.getKey();
        final Address address = address(entry.getKey(), path);
        if (alloc.put(address, account(entry.getValue(), path)) != null) {
          throw new GenesisException("genesis: " + path + " allocates " + address + " twice");
        }
      }
    }
    final GovParams governance = tributary != null && tributary.has("governance")
        ? governance(tributary.get("governance")) : GovParams.DEFAULT;
    return new GenesisConfig(chainId, gasLimit, baseFee, timestamp, validators, alloc, governance)
        .withValidators(validators);
  }

  /**
   * {@code config.tributary.governance}: any of the governance parameters by the names proposals use
   * ({@code minDeposit} in wei, {@code depositPeriod}, {@code votingPeriod} in blocks, {@code quorumBps},
   * {@code thresholdBps}, {@code vetoBps}), each within the range a proposal could set; the rest keep their defaults.
   */
  private static GovParams governance(final JsonNode node) {
    final String path = "config.tributary.governance";
    if (!node.isObject()) {
      throw new GenesisException("genesis: " + path + " must be an object of parameter -> value");
    }
    final Map<GovParameter, BigInteger> values = new java.util.EnumMap<>(GovParameter.class);
    final Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      final Map.Entry<String, JsonNode> entry = fields.next();
      final GovParameter parameter = GovParameter.byKey(entry.getKey()).orElseThrow(() -> new GenesisException(
          "genesis: " + path + "." + entry.getKey() + " is not a governance parameter (minDeposit, depositPeriod,"
              + " votingPeriod, quorumBps, thresholdBps, vetoBps)"));
      final BigInteger value = quantity(entry.getValue(), path + "." + entry.getKey());
      if (!parameter.allows(value)) {
        throw new GenesisException("genesis: " + path + "." + entry.getKey() + " is " + value + ", outside "
            + parameter.range());
      }
      values.put(parameter, value);
    }
    final GovParams d = GovParams.DEFAULT;
    return new GovParams(
        values.containsKey(GovParameter.MIN_DEPOSIT) ? Wei.of(values.get(GovParameter.MIN_DEPOSIT)) : d.minDeposit(),
        values.getOrDefault(GovParameter.DEPOSIT_PERIOD, BigInteger.valueOf(d.depositPeriod())).longValueExact(),
        values.getOrDefault(GovParameter.VOTING_PERIOD, BigInteger.valueOf(d.votingPeriod())).longValueExact(),
        values.getOrDefault(GovParameter.QUORUM_BPS, BigInteger.valueOf(d.quorumBps())).intValueExact(),
        values.getOrDefault(GovParameter.THRESHOLD_BPS, BigInteger.valueOf(d.thresholdBps())).intValueExact(),
        values.getOrDefault(GovParameter.VETO_BPS, BigInteger.valueOf(d.vetoBps())).intValueExact());
  }

  private static GenesisAccount account(final JsonNode node, final String path) {
    if (!node.isObject()) {
      throw new GenesisException("genesis: " + path + " must be an object with a balance");
    }
    final BigInteger balance = node.has("balance") ? quantity(node.get("balance"), path + ".balance")
        : BigInteger.ZERO;
    if (balance.bitLength() > 256) {
      throw new GenesisException("genesis: " + path + ".balance does not fit 256 bits");
    }
    final long nonce = optionalLong(node, "nonce", 0, path + ".nonce");
    final Bytes code = node.has("code") ? hexBytes(node.get("code"), path + ".code") : Bytes.EMPTY;
    final TreeMap<UInt256, UInt256> storage = new TreeMap<>();
    final JsonNode storageNode = node.get("storage");
    if (storageNode != null) {
      if (!storageNode.isObject()) {
        throw new GenesisException("genesis: " + path + ".storage must be an object of slot -> value");
      }
      final Iterator<Map.Entry<String, JsonNode>> slots = storageNode.fields();
      while (slots.hasNext()) {
        final Map.Entry<String, JsonNode> slot = slots.next();
        final String slotPath = path + ".storage." + slot.getKey();
        final UInt256 value = word(slot.getValue().asText(), slotPath);
        if (!value.isZero()) {
          storage.put(word(slot.getKey(), slotPath), value);
        }
      }
    }
    return new GenesisAccount(Wei.of(balance), nonce, code, storage);
  }

  private static long requiredLong(final JsonNode parent, final String field, final String path) {
    final JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      throw new GenesisException("genesis: " + path + " is missing");
    }
    return toLong(quantity(node, path), path);
  }

  private static long optionalLong(final JsonNode parent, final String field, final long fallback) {
    return optionalLong(parent, field, fallback, field);
  }

  private static long optionalLong(final JsonNode parent, final String field, final long fallback, final String path) {
    final JsonNode node = parent.get(field);
    return node == null || node.isNull() ? fallback : toLong(quantity(node, path), path);
  }

  private static long toLong(final BigInteger value, final String path) {
    if (value.signum() < 0 || value.bitLength() > 63) {
      throw new GenesisException("genesis: " + path + " must be between 0 and 2^63-1, got " + value);
    }
    return value.longValueExact();
  }

  /** A JSON number, a decimal string or a 0x-hex string. */
  private static BigInteger quantity(final JsonNode node, final String path) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (!node.isTextual()) {
      throw new GenesisException("genesis: " + path + " must be an integer or a string, got " + node);
    }
    final String text = node.asText().trim();
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        if (text.length() == 2) {
          throw new NumberFormatException();
        }
        return new BigInteger(text.substring(2), 16);
      }
      return new BigInteger(text, 10);
    } catch (final NumberFormatException e) {
      throw new GenesisException("genesis: " + path + " is not a number: \"" + text + "\"", e);
    }
  }

  private static Address address(final String text, final String path) {
    final String hex = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if (hex.length() != 40 || !hex.matches("[0-9a-fA-F]+")) {
      throw new GenesisException("genesis: " + path + " is not a 20-byte hex address: \"" + text + "\"");
    }
    return Address.fromHexString("0x" + hex);
  }

  private static UInt256 word(final String text, final String path) {
    final String hex = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if (hex.isEmpty() || hex.length() > 64 || !hex.matches("[0-9a-fA-F]+")) {
      throw new GenesisException("genesis: " + path + " is not a 32-byte hex word: \"" + text + "\"");
    }
    return UInt256.fromHexString("0x" + hex);
  }

  private static Bytes hexBytes(final JsonNode node, final String path) {
    final String text = node.asText();
    final String hex = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if (hex.length() % 2 != 0 || !hex.matches("[0-9a-fA-F]*")) {
      throw new GenesisException("genesis: " + path + " is not even-length hex: \"" + text + "\"");
    }
    return Bytes.fromHexString("0x" + hex);
  }
}
