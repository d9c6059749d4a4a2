package io.tributary.state.referencetests;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The block a GeneralStateTests case runs in ({@code env}). Every Cancun case carries a base fee, a random value and
 * an excess blob gas; for older fixtures without them, Ethereum's runners use a base fee of 10, the difficulty as
 * PREVRANDAO and no excess blob gas, and so does the parser.
 *
 * @param prevRandao {@code currentRandom} (the difficulty for pre-merge fixtures)
 * @param excessBlobGas {@code currentExcessBlobGas}, which prices blob gas (EIP-4844)
 */
public record StateTestEnv(Address coinbase, long gasLimit, long number, long timestamp, Bytes32 prevRandao,
    Wei baseFee, long excessBlobGas) {}
