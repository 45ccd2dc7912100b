package dlprep.algorithms.leetcode;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MergeKSortedListsTest {

    @Test
    void mergesTheExample() {
        ListNode merged = MergeKSortedLists.mergeKLists(new ListNode[] {
                ListNode.of(1, 4, 5), ListNode.of(1, 3, 4), ListNode.of(2, 6)});
        assertArrayEquals(new int[] {1, 1, 2, 3, 4, 4, 5, 6}, ListNode.toArray(merged));
    }

    @Test
    void emptyInputsGiveAnEmptyList() {
        assertNull(MergeKSortedLists.mergeKLists(new ListNode[0]));
        assertNull(MergeKSortedLists.mergeKLists(new ListNode[] {null, null}));
        assertArrayEquals(new int[] {7}, ListNode.toArray(MergeKSortedLists.mergeKLists(new ListNode[] {null, ListNode.of(7)})));
    }

    @Test
    void extremeValuesAreOrderedWithoutComparatorOverflow() {
        // a.val - b.val would say MIN_VALUE - 1 > 0, i.e. MIN_VALUE after 1
        ListNode merged = MergeKSortedLists.mergeKLists(new ListNode[] {
                ListNode.of(1, Integer.MAX_VALUE), ListNode.of(Integer.MIN_VALUE, 0)});
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 0, 1, Integer.MAX_VALUE}, ListNode.toArray(merged));
    }

    @Test
    void agreesWithSortingAllValues() {
        Random random = new Random(23);
        for (int t = 0; t < 300; t++) {
            int k = random.nextInt(6);
            ListNode[] lists = new ListNode[k];
            int[] all = new int[0];
            for (int i = 0; i < k; i++) {
                int[] values = random.ints(random.nextInt(5), -3, 4).sorted().toArray();
                lists[i] = ListNode.of(values);
                all = IntStream.concat(Arrays.stream(all), Arrays.stream(values)).toArray();
            }
            Arrays.sort(all);
            assertArrayEquals(all, ListNode.toArray(MergeKSortedLists.mergeKLists(lists)));
        }
    }
}
