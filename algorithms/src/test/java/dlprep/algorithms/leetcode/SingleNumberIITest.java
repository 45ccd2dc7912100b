package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SingleNumberIITest {

    @Test
    void findsTheValueSeenOnce() {
        assertEquals(3, SingleNumberII.singleNumber(new int[] {2, 2, 3, 2}));
        assertEquals(99, SingleNumberII.singleNumber(new int[] {0, 1, 0, 1, 0, 1, 99}));
        assertEquals(5, SingleNumberII.singleNumber(new int[] {5}));
    }

    @Test
    void negativeAndExtremeValuesKeepTheirSign() {
        assertEquals(-4, SingleNumberII.singleNumber(new int[] {-2, -2, 1, 1, -4, 1, -2}));
        assertEquals(Integer.MIN_VALUE, SingleNumberII.singleNumber(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE,
                Integer.MAX_VALUE, Integer.MAX_VALUE}));
    }

    @Test
    void agreesWithCounting() {
        Random random = new Random(137);
        for (int t = 0; t < 200; t++) {
            List<Integer> values = new ArrayList<>();
            int distinct = random.nextInt(6);
            for (int i = 0; i < distinct; i++) {
                int v = random.nextInt();
                Collections.addAll(values, v, v, v);
            }
            values.add(random.nextInt());
            Collections.shuffle(values, random);
            Map<Integer, Integer> counts = new HashMap<>();
            values.forEach(v -> counts.merge(v, 1, Integer::sum));
            int expected = counts.entrySet().stream().filter(e -> e.getValue() % 3 != 0).findFirst().orElseThrow().getKey();
            assertEquals(expected, SingleNumberII.singleNumber(values.stream().mapToInt(Integer::intValue).toArray()));
        }
    }

    @Test
    void refusesArraysOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> SingleNumberII.singleNumber(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> SingleNumberII.singleNumber(new int[] {1, 1}));
    }
}
