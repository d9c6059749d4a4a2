// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title DatasetRegistry: Tributary's native registry of training datasets
/// @notice Lives at `Tributary.DATASET_REGISTRY` (0x00000000000000000000000000000000000a7001). It is a native module
/// (Java, io.tributary.state.ai.DatasetRegistryModule), not EVM code; genesis gives the account the one-byte code
/// 0xfe, which never runs, so that Solidity's has-code check passes and contracts call it through this interface.
/// A dataset is registered, its sketch (a Bloom filter of the dataset's n-word shingles, poa-engine SPEC.md section
/// 2-4) uploaded in chunks by its registrant, then sealed; it is attributable from the block after the one that
/// sealed it until it is deactivated.
/// @dev Every failure reverts with Solidity's `Error(string)`, its message "Name: details", e.g.
/// "UnknownDataset: dataset 7 is not registered". Names raised by any function of any module:
/// - `UnknownFunction`: fewer than 4 bytes of call data, or a selector this module does not have.
/// - `NotPayable`: value sent to a function that is not payable (none of this module's are).
/// - `MalformedInput`: the arguments do not decode strictly (a uintN with bits above N, dirty address or bool
///   padding, an offset or length outside the call data, invalid UTF-8); the details name the argument.
/// - `StaticCall`: a state-changing function reached through STATICCALL (or eth_call of a view context).
/// Running out of gas halts as in the EVM (all gas of the call is consumed, no revert data).
interface IDatasetRegistry {
    /// @notice A registered dataset, as `getDataset` returns it.
    struct Dataset {
        /// Its id: 1, 2, ... in registration order.
        uint64 id;
        /// Who receives its royalties and may transfer or deactivate it (may be a contract, e.g. a splitter).
        address owner;
        /// Who registered it: the only address that may upload and seal its sketch.
        address registrant;
        /// Human-readable name, at most 256 bytes of UTF-8.
        string name;
        /// Where its description lives (e.g. an ipfs:// URI), at most 256 bytes.
        string metadataUri;
        /// The registrant's commitment to the raw content (e.g. a Merkle root of the files).
        bytes32 contentRoot;
        /// Its licence (e.g. an SPDX identifier), at most 256 bytes.
        string licence;
        /// b: the sketch is a Bloom filter of 2^b bits (2^b / 8 bytes).
        uint8 sketchBits;
        /// Sketch bytes uploaded so far.
        uint64 uploadedBytes;
        /// keccak-256 of the sealed sketch's bit array; zero until sealed.
        bytes32 commitment;
        /// Distinct shingles the registrant inserted into the sketch, as declared at sealing.
        uint64 shingleCount;
        /// The block that registered it.
        uint64 registeredAt;
        /// Whether its sketch is sealed (immutable).
        bool isSealed;
        /// The block that sealed it; it is attributable from the next block on. Zero until sealed.
        uint64 sealedAt;
        /// False once deactivated.
        bool active;
        /// The block that deactivated it: it is still attributable in that block, not after. Zero while active.
        uint64 deactivatedAt;
        /// Total wei paid to its owner by attribution.
        uint256 royaltiesPaid;
        /// Number of inferences that paid it.
        uint64 inferences;
    }

    /// @notice A dataset was registered; `name` is its name.
    event DatasetRegistered(uint64 indexed datasetId, address indexed owner, address indexed registrant, string name);

    /// @notice A sketch chunk was uploaded: `uploadedBytes` of `totalBytes` are now in place.
    event SketchChunkUploaded(uint64 indexed datasetId, uint64 uploadedBytes, uint64 totalBytes);

    /// @notice A dataset's sketch was sealed with `commitment`; inferences in block `attributableFrom` (the next
    /// block) and later are attributed against it.
    event DatasetSealed(uint64 indexed datasetId, bytes32 commitment, uint64 attributableFrom);

    /// @notice A dataset's owner (who receives its royalties) changed.
    event DatasetOwnershipTransferred(uint64 indexed datasetId, address indexed previousOwner, address indexed newOwner);

    /// @notice A dataset was deactivated; it is attributable in this block, not after.
    event DatasetDeactivated(uint64 indexed datasetId);

    /// @notice Registers a dataset whose sketch has 2^`sketchBits` bits; the caller becomes its registrant.
    /// @param name Human-readable name, non-empty, at most 256 bytes of UTF-8.
    /// @param metadataUri Where its description lives, at most 256 bytes.
    /// @param contentRoot The registrant's commitment to the raw content (e.g. a Merkle root).
    /// @param licence Its licence, at most 256 bytes.
    /// @param owner Who receives its royalties; may differ from the caller (e.g. a royalty splitter contract).
    /// @param sketchBits b, within the protocol's bounds (genesis: 10..24, i.e. 128 bytes to 2 MiB of sketch).
    /// @return datasetId The new dataset's id.
    /// @dev Reverts with `StringTooLong` (a string over 256 bytes), `EmptyName`, `ZeroOwner` (owner is address(0)),
    /// `BitsOutOfBounds` (sketchBits outside the protocol's bounds). Emits DatasetRegistered.
    function register(
        string calldata name,
        string calldata metadataUri,
        bytes32 contentRoot,
        string calldata licence,
        address owner,
        uint8 sketchBits
    ) external returns (uint64 datasetId);

    /// @notice Appends `chunk` to a dataset's sketch (the bit array as SPEC.md lays it out: 64-bit words big-endian).
    /// Only the registrant may upload, before sealing. Priced per 32-byte word (AiGasSchedule.sketchWord).
    /// @param datasetId The dataset.
    /// @param chunk The next bytes of the sketch: a non-zero multiple of 32 bytes, at most 64 KiB.
    /// @dev Reverts with `UnknownDataset`, `NotRegistrant` (the caller did not register it), `AlreadySealed`,
    /// `DatasetInactive`, `MisalignedChunk` (empty or not a multiple of 32 bytes), `ChunkTooLarge` (over the
    /// protocol's maxChunkBytes, genesis 65536), `SketchOverflow` (the chunk would pass the sketch's 2^b / 8 bytes).
    /// Emits SketchChunkUploaded.
    function uploadSketch(uint64 datasetId, bytes calldata chunk) external;

    /// @notice Seals a fully uploaded sketch, making it immutable and attributable from the next block on.
    /// @param datasetId The dataset.
    /// @param commitment keccak-256 of the whole uploaded bit array; must match what was uploaded.
    /// @param shingleCount Distinct shingles inserted into the sketch (informational, kept in the record).
    /// @dev Reverts with `UnknownDataset`, `NotRegistrant`, `AlreadySealed`, `DatasetInactive`, `SketchIncomplete`
    /// (fewer than 2^b / 8 bytes uploaded), `CommitmentMismatch` (the uploaded bytes hash to something else),
    /// `SketchRejected` (the sketch breaks the protocol's rules: b out of the current bounds, or more than half of
    /// its bits set, so its false-positive rate would exceed 2^-k). Emits DatasetSealed.
    function seal(uint64 datasetId, bytes32 commitment, uint64 shingleCount) external;

    /// @notice Hands a dataset (and its future royalties) to `newOwner`. Only the current owner, while active.
    /// @dev Reverts with `UnknownDataset`, `NotOwner`, `DatasetInactive`, `ZeroOwner`. Emits
    /// DatasetOwnershipTransferred.
    function transferOwnership(uint64 datasetId, address newOwner) external;

    /// @notice Deactivates a dataset for good: it stays attributable in this block, not after, and new models can
    /// no longer name it. Only the owner.
    /// @dev Reverts with `UnknownDataset`, `NotOwner`, `DatasetInactive` (already deactivated). Emits
    /// DatasetDeactivated.
    function deactivate(uint64 datasetId) external;

    /// @notice The dataset's record.
    /// @dev Reverts with `UnknownDataset`.
    function getDataset(uint64 datasetId) external view returns (Dataset memory);

    /// @notice How many datasets were registered; ids run from 1 to this count.
    function datasetCount() external view returns (uint64);
}
