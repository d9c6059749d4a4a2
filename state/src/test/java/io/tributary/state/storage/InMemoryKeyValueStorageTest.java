package io.tributary.state.storage;

class InMemoryKeyValueStorageTest extends AbstractKeyValueStorageTest {
  @Override
  protected KeyValueStorage createStore() {
    return new InMemoryKeyValueStorage();
  }
}
