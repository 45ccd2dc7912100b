package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateStackSequencesTest {
    @Test
    void nowcodersExamples() {
        assertTrue(ValidateStackSequences.isPopOrder(new int[] {1, 2, 3, 4, 5}, new int[] {4, 5, 3, 2, 1}));
        assertFalse(ValidateStackSequences.isPopOrder(new int[] {1, 2, 3, 4, 5}, new int[] {4, 3, 5, 1, 2}));
    }

    @Test
    void emptyOneElementAndLengthMismatch() {
        assertTrue(ValidateStackSequences.isPopOrder(new int[0], new int[0]));
        assertTrue(ValidateStackSequences.isPopOrder(new int[] {Integer.MIN_VALUE}, new int[] {Integer.MIN_VALUE}));
        assertFalse(ValidateStackSequences.isPopOrder(new int[] {1}, new int[] {2}));
        assertFalse(ValidateStackSequences.isPopOrder(new int[] {1, 2}, new int[] {1}));
    }

    @Test
    void agreesWithEnumeratingEveryPushPopInterleaving() {
        for (int n = 0; n <= 6; n++) {
            int[] pushed = new int[n];
            for (int i = 0; i < n; i++) {
                pushed[i] = 10 * i - 7;
            }
            Set<List<Integer>> possible = new HashSet<>();
            interleave(pushed, 0, new ArrayList<>(), new ArrayList<>(), possible);
            for (List<Integer> order : permutations(pushed)) {
                int[] popped = order.stream().mapToInt(Integer::intValue).toArray();
                assertEquals(possible.contains(order), ValidateStackSequences.isPopOrder(pushed, popped), order.toString());
            }
        }
    }

    private static void interleave(int[] pushed, int next, List<Integer> stack, List<Integer> popped, Set<List<Integer>> out) {
        if (popped.size() == pushed.length) {
            out.add(List.copyOf(popped));
            return;
        }
        if (next < pushed.length) {
            stack.add(pushed[next]);
            interleave(pushed, next + 1, stack, popped, out);
            stack.remove(stack.size() - 1);
        }
        if (!stack.isEmpty()) {
            int top = stack.remove(stack.size() - 1);
            popped.add(top);
            interleave(pushed, next, stack, popped, out);
            popped.remove(popped.size() - 1);
            stack.add(top);
        }
    }

    private static List<List<Integer>> permutations(int[] values) {
        List<List<Integer>> out = new ArrayList<>();
        permute(values, new ArrayList<>(), new boolean[values.length], out);
        return out;
    }

    private static void permute(int[] values, List<Integer> prefix, boolean[] used, List<List<Integer>> out) {
        if (prefix.size() == values.length) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (!used[i]) {
                used[i] = true;
                prefix.add(values[i]);
                permute(values, prefix, used, out);
                prefix.remove(prefix.size() - 1);
                used[i] = false;
            }
        }
    }

    @Test
    void rejectsNullAndRepeatedPushes() {
        assertRejected(ValidateStackSequences.class, () -> ValidateStackSequences.isPopOrder(null, new int[0]));
        assertRejected(ValidateStackSequences.class, () -> ValidateStackSequences.isPopOrder(new int[0], null));
        assertRejected(ValidateStackSequences.class,
                () -> ValidateStackSequences.isPopOrder(new int[] {1, 1}, new int[] {1, 1}));
    }
}
