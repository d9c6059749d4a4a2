package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A recorded inference. The word hashes themselves stay in the recording transaction's call data; the record keeps
 * their keccak-256 (of the uint64s, big-endian) so an auditor can check them.
 *
 * @param claims the datasets with hits, ascending, as verified
 */
public record InferenceRecord(long id, long modelId, Address caller, Bytes32 outputHash, Bytes32 wordsHash,
    int wordCount, Wei fee, long blockNumber, List<Claim> claims) {}
