package io.tributary.state.referencetests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectedExceptionsTest {
  @Test
  void aRejectionMatchesOnlyTheExceptionItAnswers() {
    assertThat(ExpectedExceptions.matches("TransactionException.INTRINSIC_GAS_TOO_LOW", "INTRINSIC_GAS_TOO_LOW"))
        .isTrue();
    assertThat(ExpectedExceptions.matches("TransactionException.INTRINSIC_GAS_TOO_LOW", "UPFRONT_COST_EXCEEDS_BALANCE"))
        .isFalse();
  }

  @Test
  void anyAlternativeOfSeveralWillDo() {
    final String either = "TransactionException.INSUFFICIENT_ACCOUNT_FUNDS|TransactionException.INTRINSIC_GAS_TOO_LOW";
    assertThat(ExpectedExceptions.matches(either, "INTRINSIC_GAS_TOO_LOW")).isTrue();
    assertThat(ExpectedExceptions.matches(either, "UPFRONT_COST_EXCEEDS_BALANCE")).isTrue();
    assertThat(ExpectedExceptions.matches(either, "NONCE_TOO_LOW")).isFalse();
  }

  @Test
  void undecodableBytesAnswerOnlyEncodingExpectations() {
    assertThat(ExpectedExceptions.matches("TransactionException.RLP_INVALID_VALUE", ExpectedExceptions.UNDECODABLE))
        .isTrue();
    assertThat(ExpectedExceptions.matches("TransactionException.NONCE_IS_MAX", ExpectedExceptions.UNDECODABLE))
        .isFalse();
  }

  @Test
  void anUnknownExpectationMatchesNothing() {
    assertThat(ExpectedExceptions.matches("TransactionException.SOMETHING_NEW", "INTRINSIC_GAS_TOO_LOW")).isFalse();
  }
}
