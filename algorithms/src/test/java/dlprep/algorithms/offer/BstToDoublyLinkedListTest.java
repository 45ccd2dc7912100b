package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BstToDoublyLinkedListTest {
    @Test
    void linksTheNodesInSortedOrderBothWays() {
        TreeNode head = BstToDoublyLinkedList.convert(TreeNode.fromLevelOrder(10, 6, 14, 4, 8, 12, 16));
        assertEquals(List.of(4, 6, 8, 10, 12, 14, 16), forward(head));
        assertEquals(List.of(16, 14, 12, 10, 8, 6, 4), backward(head));
        assertNull(head.left);
    }

    @Test
    void emptyAndOneNodeTrees() {
        assertNull(BstToDoublyLinkedList.convert(null));
        TreeNode one = new TreeNode(Integer.MAX_VALUE);
        assertEquals(one, BstToDoublyLinkedList.convert(one));
        assertNull(one.left);
        assertNull(one.right);
    }

    @Test
    void randomBstsBecomeSortedLists() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            List<Integer> values = OfferTesting.distinctValues(rng, 1 + rng.nextInt(20));
            TreeNode head = BstToDoublyLinkedList.convert(OfferTesting.bst(values));
            List<Integer> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            assertEquals(sorted, forward(head));
            Collections.reverse(sorted);
            assertEquals(sorted, backward(head));
        }
    }

    private static List<Integer> forward(TreeNode head) {
        List<Integer> out = new ArrayList<>();
        for (TreeNode p = head; p != null; p = p.right) {
            out.add(p.val);
        }
        return out;
    }

    private static List<Integer> backward(TreeNode head) {
        TreeNode tail = head;
        while (tail.right != null) {
            tail = tail.right;
        }
        List<Integer> out = new ArrayList<>();
        for (TreeNode p = tail; p != null; p = p.left) {
            out.add(p.val);
        }
        return out;
    }
}
