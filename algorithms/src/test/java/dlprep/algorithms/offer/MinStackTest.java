package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinStackTest {
    @Test
    void tracksTheMinimumThroughPushesAndPops() {
        MinStack s = new MinStack();
        s.push(3);
        assertEquals(3, s.min());
        s.push(4);
        assertEquals(3, s.min());
        s.push(2);
        assertEquals(2, s.min());
        assertEquals(2, s.pop());
        assertEquals(3, s.min());
        assertEquals(4, s.top());
    }

    @Test
    void aDuplicatedMinimumSurvivesPoppingOneCopy() {
        MinStack s = new MinStack();
        s.push(Integer.MIN_VALUE);
        s.push(5);
        s.push(Integer.MIN_VALUE);
        s.pop();
        assertEquals(Integer.MIN_VALUE, s.min());
        s.pop();
        assertEquals(Integer.MIN_VALUE, s.min());
    }

    @Test
    void anEmptyStackHasNoTopMinOrPop() {
        MinStack s = new MinStack();
        assertTrue(s.isEmpty());
        assertThrows(NoSuchElementException.class, s::pop);
        assertThrows(NoSuchElementException.class, s::top);
        NoSuchElementException e = assertThrows(NoSuchElementException.class, s::min);
        assertTrue(e.getMessage().startsWith("MinStack"));
    }

    @Test
    void agreesWithScanningAListOnRandomOperations() {
        Random rng = OfferTesting.random();
        MinStack s = new MinStack();
        List<Integer> reference = new ArrayList<>();
        for (int op = 0; op < 5000; op++) {
            if (reference.isEmpty() || rng.nextInt(5) < 3) {
                int v = rng.nextInt(10);
                s.push(v);
                reference.add(v);
            } else {
                assertEquals(reference.remove(reference.size() - 1), s.pop());
            }
            if (!reference.isEmpty()) {
                assertEquals(Collections.min(reference), s.min());
                assertEquals(reference.get(reference.size() - 1), s.top());
            }
        }
    }
}
