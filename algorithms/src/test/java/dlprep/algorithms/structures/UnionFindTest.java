package dlprep.algorithms.structures;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnionFindTest {

    @Test
    void unionsMergeComponents() {
        UnionFind uf = new UnionFind(5);
        assertEquals(5, uf.components());
        assertTrue(uf.union(0, 1));
        assertTrue(uf.union(3, 4));
        assertFalse(uf.union(1, 0));   // already one set
        assertTrue(uf.connected(0, 1));
        assertFalse(uf.connected(1, 3));
        assertEquals(3, uf.components());
        assertTrue(uf.union(1, 4));
        assertEquals(4, uf.setSize(3));
        assertEquals(1, uf.setSize(2));
    }

    @Test
    void agreesWithNaiveLabelsOnRandomUnions() {
        Random random = new Random(7);
        int n = 300;
        UnionFind uf = new UnionFind(n);
        int[] label = new int[n];   // naive: relabel a whole component on each union, O(n)
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        for (int step = 0; step < 2000; step++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            boolean merged = label[a] != label[b];
            assertEquals(merged, uf.union(a, b));
            if (merged) {
                int old = label[b];
                for (int i = 0; i < n; i++) {
                    if (label[i] == old) {
                        label[i] = label[a];
                    }
                }
            }
            int x = random.nextInt(n);
            int y = random.nextInt(n);
            assertEquals(label[x] == label[y], uf.connected(x, y));
        }
    }

    @Test
    void outOfRangeElementIsRejected() {
        UnionFind uf = new UnionFind(2);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> uf.find(2));
        assertEquals("UnionFind: element 2 outside 0..1", e.getMessage());
        assertEquals(0, new UnionFind(0).components());
    }
}
