/**
 * Classic algorithms and data structures (Stanford CS97SI's topics), the 剑指Offer problem set and a
 * selection of LeetCode problems, each class with tests and a note in {@code notes/04-algorithms}.
 */
package dlprep.algorithms;
