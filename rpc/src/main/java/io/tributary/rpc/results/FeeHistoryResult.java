package io.tributary.rpc.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code eth_feeHistory}'s answer as geth gives it: the oldest block, one base fee per block plus the next block's,
 * each block's gas used / gas limit, and (only when percentiles were asked) the tips at those percentiles.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeeHistoryResult(String oldestBlock, List<String> baseFeePerGas, List<Double> gasUsedRatio,
    List<List<String>> reward) {}
