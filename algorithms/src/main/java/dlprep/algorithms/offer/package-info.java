/**
 * The 67 problems of the classic Nowcoder 剑指Offer set (JZ1 to JZ67), one class per problem, listed by
 * {@link dlprep.algorithms.offer.OfferProblems}; the shared node types ({@link dlprep.algorithms.offer.ListNode},
 * {@link dlprep.algorithms.offer.TreeNode}, ...) live here once. The note is
 * {@code notes/04-algorithms/20-jianzhi-offer.md}.
 */
package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;
