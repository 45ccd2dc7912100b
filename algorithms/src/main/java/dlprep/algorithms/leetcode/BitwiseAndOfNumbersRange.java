package dlprep.algorithms.leetcode;

/**
 * Bitwise AND of Numbers Range: the AND of all integers from left to right inclusive (0 <= left <= right).
 *
 * <p>Approach: the result is the common binary prefix of left and right, followed by zeros: any lower bit
 * takes both values somewhere in the range. Clearing the lowest set bit of right ({@code right & (right -
 * 1)}) while right > left leaves exactly that prefix.
 *
 * <p>Complexity: O(number of bits) = O(1) time, O(1) space; looping over the range is O(right - left).
 *
 * <p>Pitfall: the loop over the range is not only slow but, written as {@code for (int i = left; i <= right;
 * i++)}, never ends for right = Integer.MAX_VALUE: i++ wraps to MIN_VALUE, which is still <= right.
 */
public final class BitwiseAndOfNumbersRange {

    private BitwiseAndOfNumbersRange() {
    }

    public static int rangeBitwiseAnd(int left, int right) {
        if (left < 0 || left > right) {
            throw new IllegalArgumentException("rangeBitwiseAnd: need 0 <= left <= right, got " + left + ".." + right);
        }
        while (right > left) {
            right &= right - 1;
        }
        return right;
    }
}
