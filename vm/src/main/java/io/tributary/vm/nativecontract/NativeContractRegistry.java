package io.tributary.vm.nativecontract;

import io.tributary.core.types.Address;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The native contracts of a fork by address; empty on Ethereum's forks. Built as "previous fork + changes". */
public final class NativeContractRegistry {
  public static final NativeContractRegistry EMPTY = new NativeContractRegistry(Map.of());

  private final Map<Address, NativeContract> contracts;

  private NativeContractRegistry(final Map<Address, NativeContract> contracts) {
    this.contracts = Collections.unmodifiableMap(new LinkedHashMap<>(contracts));
  }

  public NativeContractRegistry with(final Address address, final NativeContract contract) {
    final Map<Address, NativeContract> map = new LinkedHashMap<>(contracts);
    map.put(address, contract);
    return new NativeContractRegistry(map);
  }

  /** The contract at {@code address}, or null (the interpreter's hot path). */
  public NativeContract get(final Address address) {
    return contracts.get(address);
  }

  /** The addresses in registration order; they start every transaction warm, like precompiles. */
  public Iterable<Address> addresses() {
    return contracts.keySet();
  }

  public boolean isEmpty() {
    return contracts.isEmpty();
  }
}
