package dlprep.algorithms.offer;

/**
 * JZ46 孩子们的游戏(圆圈中最后剩下的数): n children numbered 0..n-1 stand in a circle; counting from child 0,
 * every m-th child leaves and counting restarts at the next one. Which child remains? (Josephus problem.)
 *
 * <p>Approach: after the first removal the game is the same game with n - 1 children, renumbered to start at
 * the child after the removed one, i.e. shifted by m. So f(1) = 0 and f(i) = (f(i-1) + m) mod i.
 *
 * <p>Complexity: O(n) time, O(1) space (simulating with a list is O(n m) or O(n^2)).
 *
 * <p>Original: solved as file JZ46; the inventory records no defect. Pitfall: f + m overflows an int for m
 * near Integer.MAX_VALUE; the sum is taken in long. Nowcoder returns -1 for n = 0; here invalid counts are
 * rejected.
 *
 * @see OfferProblems
 */
public final class LastRemainingInCircle {
    private LastRemainingInCircle() {
    }

    public static int lastRemaining(int n, int m) {
        if (n < 1 || m < 1) {
            throw Inputs.invalid(LastRemainingInCircle.class, "n = " + n + " and m = " + m
                    + " must both be at least 1");
        }
        long survivor = 0;
        for (int i = 2; i <= n; i++) {
            survivor = (survivor + m) % i;
        }
        return (int) survivor;
    }
}
