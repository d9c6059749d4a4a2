package io.tributary.state.spec;

import io.tributary.core.transaction.TransactionValidator;
import io.tributary.core.types.Address;

/**
 * The rules in force over a range of heights: how transactions are checked, what fees cost and where they go. A
 * protocol upgrade is a new spec built from the previous one plus its changes, entered in the {@link ProtocolSchedule}.
 *
 * @param name the fork's name, shown in logs and RPC
 * @param transactionValidator the checks that need no state
 * @param baseFee the EIP-1559 fee market
 * @param treasury the community treasury, credited with every base fee (governance spends it)
 */
public record ProtocolSpec(String name, TransactionValidator transactionValidator, BaseFeeCalculator baseFee,
    Address treasury) {}
