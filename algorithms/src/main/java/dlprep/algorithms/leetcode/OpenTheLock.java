package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Open the Lock: a lock of four wheels 0-9 starts at "0000"; a move turns one wheel one step either way
 * (9 and 0 are neighbours). Avoiding the dead-end combinations, how many moves reach the target (-1 if
 * impossible)?
 *
 * <p>Approach: breadth-first search over the 10^4 states, each with 8 neighbours; the first time the
 * target is dequeued its level is the answer. States are ints 0..9999, so the visited set is an array.
 *
 * <p>Complexity: O(10^4 * 8) time, O(10^4) space, independent of the input besides the dead ends.
 *
 * <p>Pitfall: the start itself. If "0000" is a dead end the answer is -1 even before any move, and if it
 * is the target the answer is 0. The wrap-around (digit + 9) % 10 for turning down, not digit - 1, which is
 * -1 at 0. Malformed combinations are refused rather than silently never matched.
 */
public final class OpenTheLock {

    private OpenTheLock() {
    }

    public static int openLock(String[] deadends, String target) {
        boolean[] blocked = new boolean[10_000];
        for (String d : deadends) {
            blocked[parse(d)] = true;
        }
        int goal = parse(target);
        if (blocked[0]) {
            return -1;
        }
        int[] moves = new int[10_000];
        Arrays.fill(moves, -1);
        moves[0] = 0;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            if (state == goal) {
                return moves[state];
            }
            for (int wheel = 1; wheel <= 1000; wheel *= 10) {
                int digit = state / wheel % 10;
                for (int turned : new int[] {(digit + 1) % 10, (digit + 9) % 10}) {
                    int next = state + (turned - digit) * wheel;
                    if (!blocked[next] && moves[next] < 0) {
                        moves[next] = moves[state] + 1;
                        queue.add(next);
                    }
                }
            }
        }
        return -1;
    }

    private static int parse(String combination) {
        if (!combination.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("openLock: a combination is four digits, got \"" + combination + "\"");
        }
        return Integer.parseInt(combination);
    }
}
