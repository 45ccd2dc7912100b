package dlprep.algorithms.leetcode;

/**
 * Single Number II: every value in the array appears exactly three times except one, which appears once;
 * find it in linear time and constant space.
 *
 * <p>Approach: count, for each of the 32 bit positions, how many numbers have that bit set; the counts of
 * the tripled numbers are multiples of 3, so count mod 3 is the lone number's bit.
 *
 * <p>Complexity: O(32 n) time, O(1) space.
 *
 * <p>Pitfall: negative numbers. In Java, setting bit 31 makes the result negative, which is right; in
 * Python (the original's language) integers are unbounded, so the rebuilt value must be converted from
 * two's complement by hand, and forgetting it returns 2^32 - |x| for negative answers.
 */
public final class SingleNumberII {

    private SingleNumberII() {
    }

    public static int singleNumber(int[] nums) {
        if (nums.length % 3 != 1) {
            throw new IllegalArgumentException("singleNumber: expected 3k + 1 values, got " + nums.length);
        }
        int result = 0;
        for (int bit = 0; bit < 32; bit++) {
            int count = 0;
            for (int x : nums) {
                count += (x >>> bit) & 1;
            }
            if (count % 3 != 0) {
                result |= 1 << bit;
            }
        }
        return result;
    }
}
