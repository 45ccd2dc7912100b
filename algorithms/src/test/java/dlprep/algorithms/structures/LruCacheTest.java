package dlprep.algorithms.structures;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LruCacheTest {

    @Test
    void theLeetCode146Sequence() {
        // LeetCode 146's example: capacity 2; put 1, put 2, get 1, put 3 (evicts 2), get 2 -> miss,
        // put 4 (evicts 1), get 1 -> miss, get 3, get 4
        LruCache<Integer, Integer> c = new LruCache<>(2);
        c.put(1, 1);
        c.put(2, 2);
        assertEquals(1, c.get(1));
        c.put(3, 3);
        assertNull(c.get(2));
        c.put(4, 4);
        assertNull(c.get(1));
        assertEquals(3, c.get(3));
        assertEquals(4, c.get(4));
        assertEquals(List.of(4, 3), c.keysByRecency());
    }

    @Test
    void putOfAnExistingKeyUpdatesWithoutEvicting() {
        LruCache<String, Integer> c = new LruCache<>(1);
        c.put("a", 1);
        c.put("a", 2);
        assertEquals(1, c.size());
        assertEquals(2, c.get("a"));
    }

    @Test
    void agreesWithAnAccessOrderedLinkedHashMap() {
        int capacity = 5;
        Map<Integer, Integer> reference = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > capacity;
            }
        };
        LruCache<Integer, Integer> c = new LruCache<>(capacity);
        Random random = new Random(10);
        for (int step = 0; step < 5000; step++) {
            int key = random.nextInt(12);
            if (random.nextBoolean()) {
                c.put(key, step);
                reference.put(key, step);
            } else {
                assertEquals(reference.get(key), c.get(key));
            }
        }
    }

    @Test
    void capacityBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LruCache<>(0));
    }
}
