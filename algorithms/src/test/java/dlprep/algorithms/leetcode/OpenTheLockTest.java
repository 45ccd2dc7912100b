package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OpenTheLockTest {

    @Test
    void answersTheExamples() {
        assertEquals(6, OpenTheLock.openLock(new String[] {"0201", "0101", "0102", "1212", "2002"}, "0202"));
        assertEquals(1, OpenTheLock.openLock(new String[] {"8888"}, "0009"));   // 0 turns down to 9
        assertEquals(-1, OpenTheLock.openLock(new String[] {"8887", "8889", "8878", "8898", "8788", "8988", "7888", "9888"}, "8888"));
    }

    @Test
    void theStartIsCheckedFirst() {
        assertEquals(-1, OpenTheLock.openLock(new String[] {"0000"}, "8888"));
        assertEquals(0, OpenTheLock.openLock(new String[0], "0000"));
    }

    @Test
    void withoutDeadEndsTheAnswerIsTheSumOfCircularDistances() {
        // each wheel independently: min(d, 10 - d) turns; 5 -> 5, 9 -> 1, 3 -> 3, 7 -> 3
        assertEquals(12, OpenTheLock.openLock(new String[0], "5937"));
        for (int code = 0; code < 10_000; code += 997) {
            int expected = 0;
            for (int wheel = 0, c = code; wheel < 4; wheel++, c /= 10) {
                expected += Math.min(c % 10, 10 - c % 10);
            }
            assertEquals(expected, OpenTheLock.openLock(new String[0], String.format("%04d", code)), "code " + code);
        }
    }

    @Test
    void refusesMalformedCombinations() {
        assertThrows(IllegalArgumentException.class, () -> OpenTheLock.openLock(new String[0], "123"));
        assertThrows(IllegalArgumentException.class, () -> OpenTheLock.openLock(new String[] {"12a4"}, "1234"));
    }
}
