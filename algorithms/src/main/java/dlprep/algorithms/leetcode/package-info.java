/**
 * LeetCode problems from the original repository's list, chosen because each illustrates one CS97SI topic
 * and has a pitfall worth discussing. One class per problem, named after the problem in English; the
 * LeetCode number, title and topic are in {@link dlprep.algorithms.leetcode.LeetCodeProblems#all()}.
 * The solutions are self-contained: the reusable algorithms themselves live in the topic packages.
 * The discussion is {@code notes/04-algorithms/30-leetcode-discussion.md}.
 */
package dlprep.algorithms.leetcode;
