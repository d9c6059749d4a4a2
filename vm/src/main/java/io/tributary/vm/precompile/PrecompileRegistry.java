package io.tributary.vm.precompile;

import io.tributary.core.types.Address;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The precompiled contracts of a fork by address. Immutable; built as "previous fork + changes" so later forks (and
 * Tributary's own upgrades) add entries to a copy.
 */
public final class PrecompileRegistry {
  private final Map<Address, PrecompiledContract> contracts;

  private PrecompileRegistry(final Map<Address, PrecompiledContract> contracts) {
    this.contracts = Collections.unmodifiableMap(new LinkedHashMap<>(contracts));
  }

  /** The ten precompiles of Cancun, 0x01 to 0x0a, with Istanbul's bn254 prices and EIP-2565's modexp. */
  public static PrecompileRegistry cancun() {
    final Map<Address, PrecompiledContract> map = new LinkedHashMap<>();
    map.put(Address.of(0x01), new EcRecoverPrecompile());
    map.put(Address.of(0x02), new Sha256Precompile());
    map.put(Address.of(0x03), new Ripemd160Precompile());
    map.put(Address.of(0x04), new IdentityPrecompile());
    map.put(Address.of(0x05), new ModExpPrecompile()); // EIP-198, priced by EIP-2565 (Berlin)
    map.put(Address.of(0x06), new AltBn128AddPrecompile()); // EIP-196, EIP-1108 prices (Istanbul)
    map.put(Address.of(0x07), new AltBn128MulPrecompile()); // EIP-196, EIP-1108 prices (Istanbul)
    map.put(Address.of(0x08), new AltBn128PairingPrecompile()); // EIP-197, EIP-1108 prices (Istanbul)
    map.put(Address.of(0x09), new Blake2bfMessageDigestPrecompile()); // EIP-152 (Istanbul)
    map.put(Address.of(0x0a), new KzgPointEvaluationPrecompile()); // EIP-4844 (Cancun)
    return new PrecompileRegistry(map);
  }

  /** This registry with {@code contract} at {@code address} added or replaced: how a later fork is defined. */
  public PrecompileRegistry with(final Address address, final PrecompiledContract contract) {
    final Map<Address, PrecompiledContract> map = new LinkedHashMap<>(contracts);
    map.put(address, contract);
    return new PrecompileRegistry(map);
  }

  /** This registry without the contract at {@code address}: how a fork before the one that added it is defined. */
  public PrecompileRegistry without(final Address address) {
    final Map<Address, PrecompiledContract> map = new LinkedHashMap<>(contracts);
    map.remove(address);
    return new PrecompileRegistry(map);
  }

  /** The contract at {@code address}, or null when it is not a precompile (the interpreter's hot path). */
  public PrecompiledContract get(final Address address) {
    return contracts.get(address);
  }

  public Optional<PrecompiledContract> find(final Address address) {
    return Optional.ofNullable(contracts.get(address));
  }

  public boolean isPrecompile(final Address address) {
    return contracts.containsKey(address);
  }

  /** The addresses in ascending order; EIP-2929 warms them at the start of every transaction. */
  public Iterable<Address> addresses() {
    return contracts.keySet();
  }

  public int size() {
    return contracts.size();
  }
}
