package io.tributary.state.referencetests;

import io.tributary.core.types.Address;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One named test of an ethereum/tests GeneralStateTests file: a pre-state, a block environment, a transaction template
 * and, per fork, the expected outcome of each combination of its data, gas and value entries.
 *
 * @param source the file it came from, relative to the directory it was found under (used in case names)
 * @param pre the accounts before the transaction, in the file's order
 */
public record GeneralStateTest(String source, String name, StateTestEnv env, Map<Address, StateTestAccount> pre,
    StateTestTransaction transaction, Map<String, List<StateTestPost>> post) {
  public GeneralStateTest {
    pre = Collections.unmodifiableMap(new LinkedHashMap<>(pre));
    post = Collections.unmodifiableMap(new LinkedHashMap<>(post));
  }

  /** The expected outcomes under {@code fork} ("Cancun"); empty when the test has none for it. */
  public List<StateTestPost> postFor(final String fork) {
    return post.getOrDefault(fork, List.of());
  }
}
