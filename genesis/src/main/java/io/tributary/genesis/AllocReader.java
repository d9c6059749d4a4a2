package io.tributary.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * {@code alloc}: address (40 hex digits, 0x optional) to account ({@code balance}, {@code nonce}, {@code code},
 * {@code storage} of slot to value), as geth writes it. One address written twice in different spellings, or one slot
 * twice, is reported; a zero storage value is no storage and is dropped.
 */
final class AllocReader {
  static final String PATH = "alloc";
  private static final List<String> ACCOUNT_FIELDS = List.of("balance", "nonce", "code", "storage");
  private static final BigInteger MAX_WEI = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

  private final GenesisProblems problems;

  AllocReader(final GenesisProblems problems) {
    this.problems = problems;
  }

  /** The accounts; those with problems are left out (the problems say why). */
  Map<Address, GenesisAccount> read(final JsonNode alloc) {
    final TreeMap<Address, GenesisAccount> accounts = new TreeMap<>(GenesisConfig::compareAddresses);
    if (!JsonValues.present(alloc) || !JsonValues.isObject(alloc, PATH, "address -> account", problems)) {
      return accounts;
    }
    final Map<Address, String> spelled = new HashMap<>();
    BigInteger supply = BigInteger.ZERO;
    for (final Map.Entry<String, JsonNode> entry : alloc.properties()) {
      final String path = GenesisProblems.field(PATH, entry.getKey());
      final Optional<Address> address = JsonValues.address(entry.getKey(), path, problems);
      final Optional<GenesisAccount> account = account(entry.getValue(), path);
      if (address.isEmpty()) {
        continue;
      }
      final String first = spelled.putIfAbsent(address.get(), entry.getKey());
      if (first != null) {
        problems.report(path, "allocates " + address.get() + " again (also as alloc." + first + ")");
        continue;
      }
      if (account.isPresent()) {
        accounts.put(address.get(), account.get());
        supply = supply.add(account.get().balance().toBigInteger());
      }
    }
    if (supply.compareTo(MAX_WEI) > 0) {
      problems.report(PATH, "the balances sum to " + supply + " wei, more than 2^256-1");
    }
    return accounts;
  }

  private Optional<GenesisAccount> account(final JsonNode node, final String path) {
    if (!JsonValues.isObject(node, path, "balance, nonce, code and storage", problems)) {
      return Optional.empty();
    }
    final int before = problems.size();
    KnownFields.check(node, path, ACCOUNT_FIELDS, KnownFields.GETH_ACCOUNT, problems);
    final Wei balance = JsonValues.optional(node, "balance")
        .flatMap(b -> JsonValues.uint256(b, GenesisProblems.field(path, "balance"), problems)).map(Wei::of)
        .orElse(Wei.ZERO);
    final long nonce = JsonValues.optional(node, "nonce").flatMap(n -> JsonValues.quantity(n,
        GenesisProblems.field(path, "nonce"), 0, Long.MAX_VALUE, "", problems)).orElse(0L);
    final Bytes code = JsonValues.optional(node, "code")
        .flatMap(c -> JsonValues.bytes(c, GenesisProblems.field(path, "code"), problems)).orElse(Bytes.EMPTY);
    final TreeMap<UInt256, UInt256> storage = JsonValues.optional(node, "storage")
        .map(s -> storage(s, GenesisProblems.field(path, "storage"))).orElseGet(TreeMap::new);
    return problems.size() == before ? Optional.of(new GenesisAccount(balance, nonce, code, storage))
        : Optional.empty();
  }

  private TreeMap<UInt256, UInt256> storage(final JsonNode node, final String path) {
    final TreeMap<UInt256, UInt256> storage = new TreeMap<>();
    if (!JsonValues.isObject(node, path, "slot -> value", problems)) {
      return storage;
    }
    final Map<UInt256, String> spelled = new HashMap<>();
    for (final Map.Entry<String, JsonNode> entry : node.properties()) {
      final String slotPath = GenesisProblems.field(path, entry.getKey());
      final Optional<UInt256> slot = JsonValues.word(entry.getKey(), slotPath, problems);
      final Optional<UInt256> value = JsonValues.word(entry.getValue(), slotPath, problems);
      if (slot.isEmpty()) {
        continue;
      }
      final String first = spelled.putIfAbsent(slot.get(), entry.getKey());
      if (first != null) {
        problems.report(slotPath, "sets slot " + slot.get().toShortHexString() + " again (also as " + first + ")");
      } else if (value.isPresent() && !value.get().isZero()) {
        storage.put(slot.get(), value.get());
      }
    }
    return storage;
  }
}
