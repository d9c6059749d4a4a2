// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Attribution: Tributary's native record of inferences and payer of their fees
/// @notice Lives at `Tributary.ATTRIBUTION` (0x00000000000000000000000000000000000a7003), a native module (Java,
/// io.tributary.state.ai.AttributionModule); its account holds the placeholder code 0xfe, so contracts call it
/// through this interface.
/// An inference carries the word hashes of a model's output (poa-engine SPEC.md section 1: NFKC, lower case, words
/// hashed to the first 8 bytes of their keccak-256) and claims how many of its distinct n-word shingles each dataset's
/// sketch holds. The chain recomputes the hits; a claim that differs is refused. The whole `msg.value` is the fee and
/// is paid out in the same call: the model's owner, its base model's owner (lineage), each dataset with at least
/// minHits (genesis 6) hits in proportion to its hits, and the treasury, which also receives every rounding remainder
/// and the shares nobody else can take (see README.md).
/// @dev Every failure reverts with `Error(string)`, its message "Name: details". A transaction sent directly to
/// this module with a wrong claim is not a revert: it is invalid, refused by the pool and by block validation.
/// Besides the names listed per function, any function may revert with `UnknownFunction`, `NotPayable` (value sent
/// to a view), `MalformedInput` (arguments that do not decode strictly) or `StaticCall` (recording under
/// STATICCALL); running out of gas (the attribution work is metered) halts as in the EVM.
interface IAttribution {
    /// @notice Hits of one dataset: distinct shingles of the output found in its sketch.
    struct Claim {
        /// The dataset.
        uint64 datasetId;
        /// Distinct shingles of the output in its sketch; at least 1.
        uint32 hits;
    }

    /// @notice One inference of a `recordInferences` batch.
    struct InferenceInput {
        /// The model that produced the output.
        uint64 modelId;
        /// keccak-256 of the normalised output text (the audit hash).
        bytes32 outputHash;
        /// The output's word hashes, in order; 1 to maxWords (genesis 4096).
        uint64[] words;
        /// Every dataset with hits, ascending by id, each once.
        Claim[] claims;
        /// The fee this inference pays, at least the model's inferenceFee; the fees sum to msg.value.
        uint256 fee;
    }

    /// @notice A recorded inference, as `getInference` returns it.
    struct InferenceRecord {
        /// Its id: 1, 2, ... in recording order.
        uint64 id;
        /// The model that produced the output.
        uint64 modelId;
        /// Who recorded it (and paid).
        address caller;
        /// keccak-256 of the normalised output text.
        bytes32 outputHash;
        /// keccak-256 of the word hashes as big-endian uint64s (the words stay in the transaction's call data).
        bytes32 wordsHash;
        /// Number of word hashes.
        uint32 wordCount;
        /// Wei paid.
        uint256 fee;
        /// The block that recorded it.
        uint64 blockNumber;
        /// The verified hits per dataset, ascending by id.
        Claim[] claims;
    }

    /// @notice An inference was recorded; its fee is paid out in the events that follow.
    event InferenceRecorded(
        uint64 indexed inferenceId, uint64 indexed modelId, address indexed caller, bytes32 outputHash,
        uint32 wordCount, uint256 fee
    );

    /// @notice `amount` wei of an inference's data share went to the owner of `datasetId`, which had `hits` hits.
    event RoyaltyPaid(
        uint64 indexed inferenceId, uint64 indexed datasetId, address indexed owner, uint32 hits, uint256 amount
    );

    /// @notice How an inference's fee was divided: `ownerAmount` to the model's owner, `lineageAmount` to the base
    /// model's owner (`lineageOwner` is address(0) when nothing was paid), `dataAmount` to the datasets in total
    /// (RoyaltyPaid), and `treasuryAmount` to the treasury. The four sum to the fee.
    event FeeDistributed(
        uint64 indexed inferenceId, address modelOwner, uint256 ownerAmount, address lineageOwner,
        uint256 lineageAmount, uint256 dataAmount, uint256 treasuryAmount
    );

    /// @notice Records one inference of `modelId` and pays `msg.value` out as its fee.
    /// @param modelId An active model; msg.value must be at least its inferenceFee.
    /// @param outputHash keccak-256 of the normalised output text.
    /// @param words The output's word hashes, in order; 1 to maxWords (genesis 4096).
    /// @param claims Every dataset with hits, ascending by id, each once, each among the model's candidates; they
    /// must equal the chain's computation (ask the node's ai_attribute for them).
    /// @return inferenceId The new record's id.
    /// @dev Reverts with `UnknownModel`, `ModelInactive`, `FeeTooLow` (msg.value below the model's fee), `NoWords`,
    /// `TooManyWords`, `DuplicateClaim`, `ClaimsOutOfOrder`, `ZeroHitClaim`, `ForeignDataset` (not among the
    /// model's or its lineage's datasets), `DatasetNotAttributable` (not sealed before this block, or deactivated),
    /// `ClaimMismatch` (a claimed count differs from the computation, or a dataset with hits is not claimed).
    /// Emits InferenceRecorded, RoyaltyPaid per paid dataset, FeeDistributed.
    function recordInference(
        uint64 modelId,
        bytes32 outputHash,
        uint64[] calldata words,
        Claim[] calldata claims
    ) external payable returns (uint64 inferenceId);

    /// @notice Records several inferences in one call, each paying its own `fee`; they get consecutive ids.
    /// @param inferences At least one; their fees must sum to msg.value exactly.
    /// @return firstInferenceId The id of the first; the others follow it.
    /// @dev Reverts with `EmptyBatch`, `ValueMismatch` (the fees do not sum to msg.value, or overflow), and any
    /// reason of recordInference for any inference in the batch (then none is recorded).
    function recordInferences(InferenceInput[] calldata inferences)
        external payable returns (uint64 firstInferenceId);

    /// @notice An inference's record.
    /// @dev Reverts with `UnknownInference`.
    function getInference(uint64 inferenceId) external view returns (InferenceRecord memory);

    /// @notice How many inferences were recorded; ids run from 1 to this count.
    function inferenceCount() external view returns (uint64);

    /// @notice What `account` has earned from inference fees as a model owner, lineage owner or dataset owner:
    /// the total wei and the number of payments (treasury income is not counted here).
    function royaltiesOf(address account) external view returns (uint256 total, uint64 payments);
}
