// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Governance: Tributary's native on-chain governance
/// @notice Lives at `Tributary.GOVERNANCE` (0x00000000000000000000000000000000000a7004). It is a native module (Java,
/// io.tributary.state.gov.GovernanceModule), not EVM code; genesis gives the account the one-byte code 0xfe.
/// A proposal is submitted, takes deposits for `depositPeriod` blocks (the submission block counts); the block in
/// which its deposits reach `minDeposit` starts its voting period of `votingPeriod` blocks. Voters lock tokens in
/// the module by sending them with `vote`; the voter's whole lock is the vote's weight, and one lock backs votes on
/// any number of proposals (each counted once per tally). Once the voting period is over anyone calls `finalize`,
/// which tallies (all in basis points, integer arithmetic):
/// - below quorum (yes + no + abstain + noWithVeto < quorumBps of the total supply): Rejected, deposits to the
///   treasury;
/// - noWithVeto > vetoBps of all votes: Vetoed, deposits to the treasury;
/// - yes > thresholdBps of yes + no + noWithVeto: Passed and executed in the same call (if execution is impossible,
///   e.g. the treasury holds too little, Failed and nothing changes); deposits refundable;
/// - otherwise Rejected, deposits refundable.
/// A proposal whose deposit period ends below `minDeposit` is Expired by `finalize`; its deposits are refundable.
/// Refunds are claimed with `claimDeposit`, locks with `withdraw` once every voting period they back is over.
/// Genesis parameters (devnet): minDeposit 100 TRIB, depositPeriod 20 blocks, votingPeriod 40 blocks, quorum 3340,
/// threshold 5000, veto 3340 basis points. The total supply is the genesis alloc's sum (nothing is minted after).
/// @dev Every failure reverts with Solidity's `Error(string)`, its message "Name: details", e.g.
/// "UnknownProposal: proposal 7 does not exist". Any function may also revert with `UnknownFunction`, `NotPayable`
/// (value sent to a function other than submit, deposit, vote), `MalformedInput`, `StaticCall`.
interface IGovernance {
    /// @notice A proposal, as `getProposal` returns it.
    struct Proposal {
        /// Its id: 1, 2, ... in submission order.
        uint64 id;
        /// 0 text, 1 treasury spend, 2 parameter change, 3 validator change, 4 protocol upgrade.
        uint8 kind;
        /// Who submitted it.
        address proposer;
        /// Its title, non-empty, at most 256 bytes of UTF-8.
        string title;
        /// Its description, at most 8192 bytes of UTF-8.
        string description;
        /// A treasury spend's recipient, or a validator change's validator; address(0) otherwise.
        address recipient;
        /// A treasury spend's amount in wei, a parameter change's new value, or an upgrade's activation height; 0
        /// otherwise.
        uint256 amount;
        /// A parameter change's parameter name, a validator change's "add" or "remove", or an upgrade's name;
        /// empty otherwise.
        string parameter;
        /// 1 deposit period, 2 voting period, 3 passed (executed), 4 rejected, 5 vetoed, 6 expired, 7 failed.
        uint8 status;
        /// The block that submitted it.
        uint64 submittedAt;
        /// Deposits are taken in blocks before this one.
        uint64 depositEnd;
        /// The block its voting period started (its deposits reached minDeposit); 0 before.
        uint64 votingStart;
        /// Votes are taken in blocks before this one; finalize from this block on. 0 before voting starts.
        uint64 votingEnd;
        /// Wei deposited on it in all.
        uint256 totalDeposit;
        /// Wei of locked tokens behind each option.
        uint256 yes;
        uint256 no;
        uint256 abstain;
        uint256 noWithVeto;
        /// Whether finalize sent its deposits to the treasury (vetoed, or below quorum).
        bool depositsForfeited;
    }

    /// @notice A proposal was submitted.
    event ProposalSubmitted(uint64 indexed proposalId, address indexed proposer, uint8 kind, string title);

    /// @notice `amount` wei was deposited on a proposal, which now holds `total`.
    event Deposited(uint64 indexed proposalId, address indexed depositor, uint256 amount, uint256 total);

    /// @notice A proposal's deposits reached minDeposit: votes are taken from `votingStart` until before `votingEnd`.
    event VotingStarted(uint64 indexed proposalId, uint64 votingStart, uint64 votingEnd);

    /// @notice `voter` voted `option` with `weight` wei of locked tokens.
    event Voted(uint64 indexed proposalId, address indexed voter, uint8 option, uint256 weight);

    /// @notice A proposal passed with this tally (ProposalExecuted or ProposalExecutionFailed follows).
    event ProposalPassed(uint64 indexed proposalId, uint256 yes, uint256 no, uint256 abstain, uint256 noWithVeto);

    /// @notice A proposal was rejected; below quorum (`quorumReached` false) its deposits went to the treasury.
    event ProposalRejected(
        uint64 indexed proposalId, bool quorumReached, uint256 yes, uint256 no, uint256 abstain, uint256 noWithVeto
    );

    /// @notice A proposal was vetoed; its deposits went to the treasury.
    event ProposalVetoed(uint64 indexed proposalId, uint256 yes, uint256 no, uint256 abstain, uint256 noWithVeto);

    /// @notice A proposal's deposit period ended below minDeposit; its deposits are refundable.
    event ProposalExpired(uint64 indexed proposalId, uint256 totalDeposit);

    /// @notice A passed proposal was carried out.
    event ProposalExecuted(uint64 indexed proposalId);

    /// @notice A passed proposal could not be carried out (`reason`); nothing changed, its deposits are refundable.
    event ProposalExecutionFailed(uint64 indexed proposalId, string reason);

    /// @notice A depositor took back `amount` wei deposited on a proposal.
    event DepositClaimed(uint64 indexed proposalId, address indexed depositor, uint256 amount);

    /// @notice `voter` took back `amount` wei of locked tokens.
    event Unlocked(address indexed voter, uint256 amount);

    /// @notice Submits a proposal; the value sent is its first deposit (may be zero).
    /// @param kind 0 text, 1 treasury spend, 2 parameter change, 3 validator change, 4 protocol upgrade.
    /// @param title Non-empty, at most 256 bytes.
    /// @param description At most 8192 bytes.
    /// @param payload Text: empty. Treasury spend: `abi.encode(address recipient, uint256 amount)`. Parameter
    /// change: `abi.encode(string name, uint256 value)` with name one of minDeposit (1..2^128 wei), depositPeriod,
    /// votingPeriod (1..31536000 blocks), quorumBps, vetoBps (1..10000), thresholdBps (1..9999); the chain's
    /// chain.gasLimit (1000000..2000000000), chain.elasticityMultiplier (1..100), chain.baseFeeChangeDenominator
    /// (1..1000), in force from the block after the one that finalizes the proposal; or one of the AI modules'
    /// attribution.minHits (1..65536), attribution.maxWords (8..65536), ai.minDataBps, ai.minTreasuryBps,
    /// ai.maxTreasuryBps, ai.maxLineageBps (0..10000), also from the next block (attribution n and k are fixed: every
    /// sealed sketch was built with them). An AI change that would make ai.minTreasuryBps exceed ai.maxTreasuryBps,
    /// or ai.minDataBps + ai.minTreasuryBps exceed 10000, fails at finalize with nothing changed. Validator change:
    /// `abi.encode(address validator, bool add)`; the new set finalises blocks from the one after the finalizing
    /// block (checked again at finalize: a change another proposal made moot fails). Upgrade: `abi.encode(string
    /// name, uint64 height)`; from `height` on the chain follows the rules named `name`, and a node whose release does
    /// not know them halts before that block (height must lie beyond the voting period, and still be ahead at
    /// finalize).
    /// @return proposalId The new proposal's id.
    /// @dev Reverts with `UnsupportedProposalKind` (an unknown kind), `UnknownParameter`, `InvalidParameterValue`,
    /// `EmptyTitle`, `StringTooLong`, `MalformedProposal` (payload not as above), `InvalidRecipient` (zero or this
    /// module), `ZeroAmount`, `InvalidValidator` (zero), `AlreadyValidator`, `NotAValidator`, `LastValidator`,
    /// `TooManyValidators` (100), `InvalidUpgradeName` (1-64 of a-z 0-9 . _ -), `ActivationTooSoon`,
    /// `UpgradeAlreadyScheduled`. Emits ProposalSubmitted, then Deposited (and VotingStarted) if value was sent.
    function submit(uint8 kind, string calldata title, string calldata description, bytes calldata payload)
        external
        payable
        returns (uint64 proposalId);

    /// @notice Adds the value sent to a proposal's deposits.
    /// @dev Reverts with `UnknownProposal`, `ZeroDeposit`, `DepositPeriodOver` (its deposit period ended or its
    /// voting started). Emits Deposited, and VotingStarted when the deposits reach minDeposit.
    function deposit(uint64 proposalId) external payable;

    /// @notice Votes on a proposal in its voting period; the value sent is added to the caller's lock, and the whole
    /// lock is the vote's weight. The lock is held until the last voting period it backs is over.
    /// @param option 1 Yes, 2 No, 3 Abstain, 4 NoWithVeto.
    /// @dev Reverts with `UnknownProposal`, `UnknownVoteOption`, `NotInVotingPeriod`, `AlreadyVoted`,
    /// `NoVotingPower` (no lock and no value). Emits Voted.
    function vote(uint64 proposalId, uint8 option) external payable;

    /// @notice Ends a proposal whose deposit period (without enough deposits) or voting period is over: tallies,
    /// executes if passed, settles deposits. Anyone may call it.
    /// @return status The proposal's final status (3 to 7).
    /// @dev Reverts with `UnknownProposal`, `ProposalNotEnded`, `AlreadyFinalized`, `SupplyUnknown` (the genesis
    /// recorded no total supply). Emits ProposalExpired, ProposalRejected, ProposalVetoed, or ProposalPassed and then
    /// ProposalExecuted or ProposalExecutionFailed.
    function finalize(uint64 proposalId) external returns (uint8 status);

    /// @notice Returns the caller's whole lock once every voting period it backs is over.
    /// @dev Reverts with `NothingLocked`, `TokensLocked`. Emits Unlocked.
    function withdraw() external returns (uint256 amount);

    /// @notice Returns the caller's deposit on an ended proposal that did not forfeit its deposits.
    /// @dev Reverts with `UnknownProposal`, `ProposalNotEnded`, `NoDeposit` (none, or already claimed),
    /// `DepositForfeited`. Emits DepositClaimed.
    function claimDeposit(uint64 proposalId) external returns (uint256 amount);

    /// @notice The proposal's record.
    /// @dev Reverts with `UnknownProposal`.
    function getProposal(uint64 proposalId) external view returns (Proposal memory);

    /// @notice How many proposals were submitted; ids run from 1 to this count.
    function proposalCount() external view returns (uint64);

    /// @notice The governance parameters in force.
    function getParams()
        external
        view
        returns (
            uint256 minDeposit,
            uint64 depositPeriod,
            uint64 votingPeriod,
            uint16 quorumBps,
            uint16 thresholdBps,
            uint16 vetoBps
        );

    /// @notice The total supply the quorum is measured against (the genesis alloc's sum).
    function totalSupply() external view returns (uint256);

    /// @notice `voter`'s vote on a proposal: option 0 if none.
    function getVote(uint64 proposalId, address voter) external view returns (uint8 option, uint256 weight);

    /// @notice `voter`'s locked tokens and the block from which `withdraw` returns them.
    function lockOf(address voter) external view returns (uint256 amount, uint64 lockedUntil);

    /// @notice What `depositor` has deposited on a proposal and not yet claimed.
    function depositOf(uint64 proposalId, address depositor) external view returns (uint256);
}
