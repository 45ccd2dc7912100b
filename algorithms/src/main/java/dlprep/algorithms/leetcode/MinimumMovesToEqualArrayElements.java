package dlprep.algorithms.leetcode;

/**
 * Minimum Moves to Equal Array Elements: a move adds 1 to all elements but one; return the fewest moves
 * that make all elements equal.
 *
 * <p>Approach: adding 1 to n-1 elements changes the differences exactly as subtracting 1 from the one
 * left out, so the answer is the number of unit decrements that bring everything down to the minimum:
 * sum(a) - n * min(a).
 *
 * <p>Complexity: O(n) time, O(1) space (simulation is O(n * answer)).
 *
 * <p>Pitfall: overflow. Both sum(a) and n * min(a) overflow an int for large inputs, while their
 * difference can still be large (up to (n-1)(2^32-1)); the arithmetic is done in long and the answer
 * returned as long.
 */
public final class MinimumMovesToEqualArrayElements {

    private MinimumMovesToEqualArrayElements() {
    }

    public static long minMoves(int[] nums) {
        if (nums.length == 0) {
            throw new IllegalArgumentException("minMoves: the array is empty; there is nothing to equalise");
        }
        long min = Long.MAX_VALUE;
        long sum = 0;
        for (int x : nums) {
            min = Math.min(min, x);
            sum += x;
        }
        return sum - nums.length * min;
    }
}
