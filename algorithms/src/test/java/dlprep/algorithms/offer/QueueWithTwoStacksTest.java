package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueWithTwoStacksTest {
    @Test
    void popsInFirstInFirstOutOrderAcrossInterleavedPushes() {
        QueueWithTwoStacks q = new QueueWithTwoStacks();
        q.push(1);
        q.push(2);
        assertEquals(1, q.pop());
        q.push(3);
        assertEquals(2, q.pop());
        assertEquals(3, q.pop());
        assertTrue(q.isEmpty());
    }

    @Test
    void keepsDuplicatesAndExtremes() {
        QueueWithTwoStacks q = new QueueWithTwoStacks();
        q.push(Integer.MIN_VALUE);
        q.push(Integer.MIN_VALUE);
        q.push(Integer.MAX_VALUE);
        assertEquals(Integer.MIN_VALUE, q.pop());
        assertEquals(Integer.MIN_VALUE, q.pop());
        assertEquals(Integer.MAX_VALUE, q.pop());
    }

    @Test
    void popOnAnEmptyQueueThrows() {
        QueueWithTwoStacks q = new QueueWithTwoStacks();
        NoSuchElementException e = assertThrows(NoSuchElementException.class, q::pop);
        assertTrue(e.getMessage().startsWith("QueueWithTwoStacks"));
    }

    @Test
    void agreesWithArrayDequeOnRandomOperations() {
        Random rng = OfferTesting.random();
        QueueWithTwoStacks q = new QueueWithTwoStacks();
        Deque<Integer> reference = new ArrayDeque<>();
        for (int op = 0; op < 5000; op++) {
            if (reference.isEmpty() || rng.nextInt(3) > 0) {
                int v = rng.nextInt(100);
                q.push(v);
                reference.addLast(v);
            } else {
                assertEquals(reference.pollFirst(), q.pop());
            }
            assertEquals(reference.isEmpty(), q.isEmpty());
        }
    }
}
