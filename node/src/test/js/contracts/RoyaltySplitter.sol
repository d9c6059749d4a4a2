// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// Splits the ether it holds among fixed payees by shares in basis points, paid out on request (pull payments).
/// What it has received counts both payments through receive() and ether credited to its balance without running
/// code (a block reward, a SELFDESTRUCT beneficiary, a transfer made before it was deployed).
contract RoyaltySplitter {
    uint256 public constant TOTAL_SHARES = 10_000;

    address[] private payees;
    mapping(address => uint256) public shares;
    mapping(address => uint256) public released;
    uint256 public totalReleased;

    event PaymentReceived(address from, uint256 amount);
    event PaymentReleased(address indexed to, uint256 amount);

    error NoPayees();
    error LengthMismatch(uint256 payees, uint256 shares);
    error DuplicatePayee(address payee);
    error ZeroShares(address payee);
    error SharesDoNotSumToTotal(uint256 sum);
    error NotAPayee(address account);
    error NothingDue(address payee);
    error TransferFailed(address payee, uint256 amount);

    constructor(address[] memory payees_, uint256[] memory shares_) payable {
        if (payees_.length == 0) revert NoPayees();
        if (payees_.length != shares_.length) revert LengthMismatch(payees_.length, shares_.length);
        uint256 sum;
        for (uint256 i = 0; i < payees_.length; i++) {
            address account = payees_[i];
            if (shares_[i] == 0) revert ZeroShares(account);
            if (shares[account] != 0) revert DuplicatePayee(account);
            shares[account] = shares_[i];
            payees.push(account);
            sum += shares_[i];
        }
        if (sum != TOTAL_SHARES) revert SharesDoNotSumToTotal(sum);
    }

    receive() external payable {
        emit PaymentReceived(msg.sender, msg.value);
    }

    function payeeCount() external view returns (uint256) {
        return payees.length;
    }

    function payee(uint256 index) external view returns (address) {
        return payees[index];
    }

    function totalReceived() public view returns (uint256) {
        return address(this).balance + totalReleased;
    }

    /// What `account` may release now.
    function releasable(address account) public view returns (uint256) {
        return totalReceived() * shares[account] / TOTAL_SHARES - released[account];
    }

    /// Sends `account` what it is owed; anyone may call it.
    function release(address account) external {
        if (shares[account] == 0) revert NotAPayee(account);
        uint256 owed = releasable(account);
        if (owed == 0) revert NothingDue(account);
        released[account] += owed;
        totalReleased += owed;
        (bool ok, ) = payable(account).call{value: owed}("");
        if (!ok) revert TransferFailed(account, owed);
        emit PaymentReleased(account, owed);
    }
}
