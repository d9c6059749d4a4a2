package io.tributary.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fields each object of a genesis file may hold: those Tributary reads (exact names), and geth's, which are
 * accepted so that existing geth files load, checked for form and otherwise ignored (names in any case, as geth's
 * decoder reads them). Any other field is reported as unknown: a typo must not silently become a default.
 */
final class KnownFields {
  /** The form of an accepted geth field. */
  enum Form {
    QUANTITY, ZERO, BOOLEAN, HASH, ADDRESS, BYTES, OBJECT, TEXT
  }

  /** geth's header fields; Tributary builds its own genesis header (nonce 0, coinbase 0, BFT extra data). */
  static final Map<String, Form> GETH_TOP = lowerCased(Map.ofEntries(
      Map.entry("nonce", Form.QUANTITY),
      Map.entry("extraData", Form.BYTES),
      Map.entry("mixHash", Form.HASH),
      Map.entry("coinbase", Form.ADDRESS),
      Map.entry("parentHash", Form.HASH),
      Map.entry("difficulty", Form.ZERO),
      Map.entry("number", Form.ZERO),
      Map.entry("gasUsed", Form.ZERO),
      Map.entry("excessBlobGas", Form.ZERO),
      Map.entry("blobGasUsed", Form.ZERO)));

  /** geth's fork schedule and engines; Tributary runs its own schedule (the Cancun EVM from block 0). */
  static final Map<String, Form> GETH_CONFIG = lowerCased(Map.ofEntries(
      Map.entry("homesteadBlock", Form.QUANTITY),
      Map.entry("daoForkBlock", Form.QUANTITY),
      Map.entry("daoForkSupport", Form.BOOLEAN),
      Map.entry("eip150Block", Form.QUANTITY),
      Map.entry("eip150Hash", Form.HASH),
      Map.entry("eip155Block", Form.QUANTITY),
      Map.entry("eip158Block", Form.QUANTITY),
      Map.entry("byzantiumBlock", Form.QUANTITY),
      Map.entry("constantinopleBlock", Form.QUANTITY),
      Map.entry("petersburgBlock", Form.QUANTITY),
      Map.entry("istanbulBlock", Form.QUANTITY),
      Map.entry("muirGlacierBlock", Form.QUANTITY),
      Map.entry("berlinBlock", Form.QUANTITY),
      Map.entry("londonBlock", Form.QUANTITY),
      Map.entry("arrowGlacierBlock", Form.QUANTITY),
      Map.entry("grayGlacierBlock", Form.QUANTITY),
      Map.entry("mergeNetsplitBlock", Form.QUANTITY),
      Map.entry("shanghaiTime", Form.QUANTITY),
      Map.entry("cancunTime", Form.QUANTITY),
      Map.entry("pragueTime", Form.QUANTITY),
      Map.entry("osakaTime", Form.QUANTITY),
      Map.entry("verkleTime", Form.QUANTITY),
      Map.entry("bpo1Time", Form.QUANTITY),
      Map.entry("bpo2Time", Form.QUANTITY),
      Map.entry("bpo3Time", Form.QUANTITY),
      Map.entry("bpo4Time", Form.QUANTITY),
      Map.entry("bpo5Time", Form.QUANTITY),
      Map.entry("terminalTotalDifficulty", Form.QUANTITY),
      Map.entry("terminalTotalDifficultyPassed", Form.BOOLEAN),
      Map.entry("enableVerkleAtGenesis", Form.BOOLEAN),
      Map.entry("depositContractAddress", Form.ADDRESS),
      Map.entry("blobSchedule", Form.OBJECT),
      Map.entry("ethash", Form.OBJECT),
      Map.entry("clique", Form.OBJECT)));

  /** geth's test-only key of an account, and Besu's key and comment; never used. */
  static final Map<String, Form> GETH_ACCOUNT = lowerCased(Map.of(
      "secretKey", Form.BYTES,
      "privateKey", Form.BYTES,
      "comment", Form.TEXT));

  private KnownFields() {}

  /**
   * Reports every field of {@code object} (at {@code path}) that is neither in {@code read} nor an accepted geth field,
   * and every accepted geth field of the wrong form.
   */
  static void check(final JsonNode object, final String path, final List<String> read, final Map<String, Form> geth,
      final GenesisProblems problems) {
    object.fieldNames().forEachRemaining(name -> {
      if (read.contains(name)) {
        return;
      }
      final String field = GenesisProblems.field(path, name);
      final Form form = geth.get(name.toLowerCase(Locale.ROOT));
      if (form != null) {
        checkForm(object.get(name), field, form, problems);
        return;
      }
      final Optional<String> near = read.stream().filter(r -> r.equalsIgnoreCase(name)).findFirst();
      problems.report(field, near.map(n -> "unknown field: did you mean \"" + n + "\"? (names are case-sensitive)")
          .orElseGet(() -> "unknown field (" + (path.isEmpty() ? "the file" : path) + " holds "
              + String.join(", ", read) + (geth.isEmpty() ? "" : ", and geth's fields, which are ignored") + ")"));
    });
  }

  private static void checkForm(final JsonNode value, final String path, final Form form,
      final GenesisProblems problems) {
    if (!JsonValues.present(value)) {
      return;
    }
    switch (form) {
      case QUANTITY -> JsonValues.quantity(value, path, problems);
      case ZERO -> JsonValues.quantity(value, path, problems).filter(v -> v.signum() != 0).ifPresent(v ->
          problems.report(path, "must be 0 on a BFT chain (Tributary's genesis block has 0), got " + v));
      case BOOLEAN -> JsonValues.bool(value, path, problems);
      case HASH -> JsonValues.hash(value, path, problems);
      case ADDRESS -> JsonValues.address(value, path, problems);
      case BYTES -> JsonValues.bytes(value, path, problems);
      case OBJECT -> JsonValues.isObject(value, path, "settings", problems);
      case TEXT -> JsonValues.text(value, path, "text", problems);
    }
  }

  private static Map<String, Form> lowerCased(final Map<String, Form> fields) {
    final Map<String, Form> lower = new TreeMap<>();
    fields.forEach((name, form) -> lower.put(name.toLowerCase(Locale.ROOT), form));
    return Map.copyOf(lower);
  }
}
