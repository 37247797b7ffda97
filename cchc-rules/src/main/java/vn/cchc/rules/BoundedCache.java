package vn.cchc.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A least-recently-used cache of at most {@code capacity} entries, safe to share between threads. Caches that
 * live as long as a catalogue's structure (which is kept across checks) must be bounded: keyed by text from the
 * reports, an unbounded one grew with every distinct unit text ever seen. Values are computed outside the lock
 * (a value may then be computed twice; it must be a pure function of its key). Internal.
 */
final class BoundedCache<K, V> {
  private final int capacity;
  private final LinkedHashMap<K, V> map;

  BoundedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > BoundedCache.this.capacity;
      }
    };
  }

  /** {@return the cached value of {@code key}, computed and kept when absent} */
  V get(K key, Function<? super K, ? extends V> compute) {
    synchronized (map) {
      V v = map.get(key);
      if (v != null) {
        return v;
      }
    }
    V v = compute.apply(key);
    synchronized (map) {
      map.put(key, v);
    }
    return v;
  }

  /** {@return the number of entries kept, at most the capacity} */
  int size() {
    synchronized (map) {
      return map.size();
    }
  }

  /** {@return the most entries kept} */
  int capacity() {
    return capacity;
  }
}
