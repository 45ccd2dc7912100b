package dlprep.algorithms.leetcode;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class SortListTest {

    @Test
    void sortsTheExamples() {
        assertArrayEquals(new int[] {1, 2, 3, 4}, ListNode.toArray(SortList.sortList(ListNode.of(4, 2, 1, 3))));
        assertArrayEquals(new int[] {-1, 0, 3, 4, 5}, ListNode.toArray(SortList.sortList(ListNode.of(-1, 5, 3, 4, 0))));
        assertNull(SortList.sortList(null));
    }

    @Test
    void twoNodesSplitIntoOneAndOne() {
        // fast starting at head would never split this pair and recurse forever
        assertArrayEquals(new int[] {1, 2}, ListNode.toArray(SortList.sortList(ListNode.of(2, 1))));
        assertArrayEquals(new int[] {5, 5}, ListNode.toArray(SortList.sortList(ListNode.of(5, 5))));
    }

    @Test
    void equalValuesKeepTheirNodeOrder() {
        ListNode first = new ListNode(1);
        ListNode second = new ListNode(1);
        ListNode head = new ListNode(2);
        head.next = first;
        first.next = second;
        ListNode sorted = SortList.sortList(head);
        assertSame(first, sorted);
        assertSame(second, sorted.next);
    }

    @Test
    void agreesWithArraysSort() {
        Random random = new Random(148);
        for (int t = 0; t < 300; t++) {
            int[] a = random.ints(random.nextInt(20), -5, 6).toArray();
            int[] expected = a.clone();
            Arrays.sort(expected);
            assertArrayEquals(expected, ListNode.toArray(SortList.sortList(ListNode.of(a))));
        }
        int[] big = new Random(1).ints(20_000).toArray();   // recursion depth is only log n
        int[] expected = big.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, ListNode.toArray(SortList.sortList(ListNode.of(big))));
    }
}
