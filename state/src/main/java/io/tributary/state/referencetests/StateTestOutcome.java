package io.tributary.state.referencetests;

import io.tributary.core.types.Hash;
import java.util.Optional;

/**
 * The result of running one post entry of a case.
 *
 * @param name {@code source/test}, as {@link GeneralStateTest#source()} and {@link GeneralStateTest#name()} give it
 * @param index the post entry's position in the fork's list
 * @param indexes the data, gas and value entries the transaction was built from
 * @param rejection why the transaction was not included, when it was not (matches a case that expects an exception)
 * @param error a failure of the runner itself (an exception while executing), when one happened
 */
public record StateTestOutcome(String name, String fork, int index, StateTestPost.Indexes indexes, boolean pass,
    Hash expectedRoot, Hash actualRoot, Hash expectedLogs, Hash actualLogs, Optional<String> expectException,
    Optional<String> rejection, Optional<String> error) {

  /** {@code name[fork][index]}, unique within a run. */
  public String id() {
    return name + "[" + fork + "][" + index + "]";
  }

  /** Why the case failed, in one line; empty when it passed. */
  public String failureReason() {
    if (pass) {
      return "";
    }
    if (error.isPresent()) {
      return "runner error: " + error.get();
    }
    if (expectException.isPresent() && rejection.isEmpty()) {
      return "expected the transaction to be rejected (" + expectException.get() + ") but it was executed";
    }
    if (expectException.isEmpty() && rejection.isPresent()) {
      return "transaction rejected: " + rejection.get();
    }
    if (expectException.isPresent() && rejection.isPresent() && expectedRoot.equals(actualRoot)
        && expectedLogs.equals(actualLogs)) {
      return "expected the transaction to be rejected with " + expectException.get() + ", but it was rejected as "
          + rejection.get();
    }
    final StringBuilder why = new StringBuilder();
    if (!expectedRoot.equals(actualRoot)) {
      why.append("state root ").append(actualRoot).append(" != expected ").append(expectedRoot);
    }
    if (!expectedLogs.equals(actualLogs)) {
      why.append(why.length() > 0 ? "; " : "").append("logs hash ").append(actualLogs).append(" != expected ")
          .append(expectedLogs);
    }
    return why.toString();
  }
}
