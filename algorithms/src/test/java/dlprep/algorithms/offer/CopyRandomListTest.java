package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

class CopyRandomListTest {
    @Test
    void emptyListCopiesToNull() {
        assertNull(CopyRandomList.copy(null));
    }

    @Test
    void oneNodePointingAtItself() {
        RandomListNode node = new RandomListNode(Integer.MIN_VALUE);
        node.random = node;
        RandomListNode copy = CopyRandomList.copy(node);
        assertNotSame(node, copy);
        assertEquals(Integer.MIN_VALUE, copy.label);
        assertEquals(copy, copy.random);
        assertNull(copy.next);
        assertEquals(node, node.random);
        assertNull(node.next);
    }

    @Test
    void randomListsCopyDeeplyAndTheOriginalIsRestored() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(10);
            List<RandomListNode> nodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                nodes.add(new RandomListNode(rng.nextInt(3)));
                if (i > 0) {
                    nodes.get(i - 1).next = nodes.get(i);
                }
            }
            int[] randomIndex = new int[n];
            for (int i = 0; i < n; i++) {
                randomIndex[i] = rng.nextInt(n + 1) - 1; // -1 for null
                nodes.get(i).random = randomIndex[i] < 0 ? null : nodes.get(randomIndex[i]);
            }
            RandomListNode copy = CopyRandomList.copy(nodes.get(0));
            Map<RandomListNode, Integer> copyIndex = new IdentityHashMap<>();
            List<RandomListNode> copies = new ArrayList<>();
            for (RandomListNode p = copy; p != null; p = p.next) {
                copyIndex.put(p, copies.size());
                copies.add(p);
            }
            assertEquals(n, copies.size());
            for (int i = 0; i < n; i++) {
                RandomListNode c = copies.get(i);
                assertNotSame(nodes.get(i), c);
                assertEquals(nodes.get(i).label, c.label);
                assertEquals(randomIndex[i], c.random == null ? -1 : copyIndex.getOrDefault(c.random, -2));
                // the original is untouched
                assertEquals(i + 1 < n ? nodes.get(i + 1) : null, nodes.get(i).next);
                assertEquals(randomIndex[i] < 0 ? null : nodes.get(randomIndex[i]), nodes.get(i).random);
            }
        }
    }
}
