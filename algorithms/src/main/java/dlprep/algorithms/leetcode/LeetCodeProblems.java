package dlprep.algorithms.leetcode;

import java.util.List;

import static dlprep.algorithms.leetcode.Topic.DATA_STRUCTURES;
import static dlprep.algorithms.leetcode.Topic.DYNAMIC_PROGRAMMING;
import static dlprep.algorithms.leetcode.Topic.GEOMETRY;
import static dlprep.algorithms.leetcode.Topic.GRAPHS;
import static dlprep.algorithms.leetcode.Topic.MATH;
import static dlprep.algorithms.leetcode.Topic.SEARCH_AND_SORT;
import static dlprep.algorithms.leetcode.Topic.STRINGS;

/**
 * The registry of the LeetCode problems solved here: number, official title, topic and solution class,
 * grouped by topic and ordered by number inside a topic. {@code dlprep algo list} reads it; a test checks
 * that every solution class in this package is listed once.
 */
public final class LeetCodeProblems {

    private static final List<Problem> ALL = List.of(
            new Problem(7, "Reverse Integer", MATH, ReverseInteger.class),
            new Problem(50, "Pow(x, n)", MATH, PowXN.class),
            new Problem(60, "Permutation Sequence", MATH, PermutationSequence.class),
            new Problem(62, "Unique Paths", MATH, UniquePaths.class),
            new Problem(89, "Gray Code", MATH, GrayCode.class),
            new Problem(137, "Single Number II", MATH, SingleNumberII.class),
            new Problem(201, "Bitwise AND of Numbers Range", MATH, BitwiseAndOfNumbersRange.class),
            new Problem(343, "Integer Break", MATH, IntegerBreak.class),
            new Problem(453, "Minimum Moves to Equal Array Elements", MATH, MinimumMovesToEqualArrayElements.class),
            new Problem(914, "X of a Kind in a Deck of Cards", MATH, XOfAKindInADeckOfCards.class),
            new Problem(20, "Valid Parentheses", DATA_STRUCTURES, ValidParentheses.class),
            new Problem(23, "Merge k Sorted Lists", DATA_STRUCTURES, MergeKSortedLists.class),
            new Problem(42, "Trapping Rain Water", DATA_STRUCTURES, TrappingRainWater.class),
            new Problem(84, "Largest Rectangle in Histogram", DATA_STRUCTURES, LargestRectangleInHistogram.class),
            new Problem(142, "Linked List Cycle II", DATA_STRUCTURES, LinkedListCycleII.class),
            new Problem(155, "Min Stack", DATA_STRUCTURES, MinStack.class),
            new Problem(295, "Find Median from Data Stream", DATA_STRUCTURES, FindMedianFromDataStream.class),
            new Problem(307, "Range Sum Query - Mutable", DATA_STRUCTURES, RangeSumQueryMutable.class),
            new Problem(315, "Count of Smaller Numbers After Self", DATA_STRUCTURES, CountOfSmallerNumbersAfterSelf.class),
            new Problem(739, "Daily Temperatures", DATA_STRUCTURES, DailyTemperatures.class),
            new Problem(3, "Longest Substring Without Repeating Characters", STRINGS, LongestSubstringWithoutRepeatingCharacters.class),
            new Problem(5, "Longest Palindromic Substring", STRINGS, LongestPalindromicSubstring.class),
            new Problem(14, "Longest Common Prefix", STRINGS, LongestCommonPrefix.class),
            new Problem(30, "Substring with Concatenation of All Words", STRINGS, SubstringWithConcatenationOfAllWords.class),
            new Problem(49, "Group Anagrams", STRINGS, GroupAnagrams.class),
            new Problem(187, "Repeated DNA Sequences", STRINGS, RepeatedDnaSequences.class),
            new Problem(214, "Shortest Palindrome", STRINGS, ShortestPalindrome.class),
            new Problem(394, "Decode String", STRINGS, DecodeString.class),
            new Problem(438, "Find All Anagrams in a String", STRINGS, FindAllAnagramsInAString.class),
            new Problem(648, "Replace Words", STRINGS, ReplaceWords.class),
            new Problem(130, "Surrounded Regions", GRAPHS, SurroundedRegions.class),
            new Problem(200, "Number of Islands", GRAPHS, NumberOfIslands.class),
            new Problem(207, "Course Schedule", GRAPHS, CourseSchedule.class),
            new Problem(210, "Course Schedule II", GRAPHS, CourseScheduleII.class),
            new Problem(329, "Longest Increasing Path in a Matrix", GRAPHS, LongestIncreasingPathInAMatrix.class),
            new Problem(399, "Evaluate Division", GRAPHS, EvaluateDivision.class),
            new Problem(542, "01 Matrix", GRAPHS, ZeroOneMatrix.class),
            new Problem(684, "Redundant Connection", GRAPHS, RedundantConnection.class),
            new Problem(743, "Network Delay Time", GRAPHS, NetworkDelayTime.class),
            new Problem(752, "Open the Lock", GRAPHS, OpenTheLock.class),
            new Problem(10, "Regular Expression Matching", DYNAMIC_PROGRAMMING, RegularExpressionMatching.class),
            new Problem(53, "Maximum Subarray", DYNAMIC_PROGRAMMING, MaximumSubarray.class),
            new Problem(72, "Edit Distance", DYNAMIC_PROGRAMMING, EditDistance.class),
            new Problem(152, "Maximum Product Subarray", DYNAMIC_PROGRAMMING, MaximumProductSubarray.class),
            new Problem(174, "Dungeon Game", DYNAMIC_PROGRAMMING, DungeonGame.class),
            new Problem(300, "Longest Increasing Subsequence", DYNAMIC_PROGRAMMING, LongestIncreasingSubsequence.class),
            new Problem(309, "Best Time to Buy and Sell Stock with Cooldown", DYNAMIC_PROGRAMMING, BestTimeToBuyAndSellStockWithCooldown.class),
            new Problem(312, "Burst Balloons", DYNAMIC_PROGRAMMING, BurstBalloons.class),
            new Problem(322, "Coin Change", DYNAMIC_PROGRAMMING, CoinChange.class),
            new Problem(416, "Partition Equal Subset Sum", DYNAMIC_PROGRAMMING, PartitionEqualSubsetSum.class),
            new Problem(11, "Container With Most Water", GEOMETRY, ContainerWithMostWater.class),
            new Problem(48, "Rotate Image", GEOMETRY, RotateImage.class),
            new Problem(54, "Spiral Matrix", GEOMETRY, SpiralMatrix.class),
            new Problem(56, "Merge Intervals", GEOMETRY, MergeIntervals.class),
            new Problem(57, "Insert Interval", GEOMETRY, InsertInterval.class),
            new Problem(59, "Spiral Matrix II", GEOMETRY, SpiralMatrixII.class),
            new Problem(149, "Max Points on a Line", GEOMETRY, MaxPointsOnALine.class),
            new Problem(218, "The Skyline Problem", GEOMETRY, TheSkylineProblem.class),
            new Problem(1036, "Escape a Large Maze", GEOMETRY, EscapeALargeMaze.class),
            new Problem(1401, "Circle and Rectangle Overlapping", GEOMETRY, CircleAndRectangleOverlapping.class),
            new Problem(4, "Median of Two Sorted Arrays", SEARCH_AND_SORT, MedianOfTwoSortedArrays.class),
            new Problem(15, "3Sum", SEARCH_AND_SORT, ThreeSum.class),
            new Problem(33, "Search in Rotated Sorted Array", SEARCH_AND_SORT, SearchInRotatedSortedArray.class),
            new Problem(34, "Find First and Last Position of Element in Sorted Array", SEARCH_AND_SORT,
                    FindFirstAndLastPositionOfElementInSortedArray.class),
            new Problem(75, "Sort Colors", SEARCH_AND_SORT, SortColors.class),
            new Problem(148, "Sort List", SEARCH_AND_SORT, SortList.class),
            new Problem(153, "Find Minimum in Rotated Sorted Array", SEARCH_AND_SORT, FindMinimumInRotatedSortedArray.class),
            new Problem(215, "Kth Largest Element in an Array", SEARCH_AND_SORT, KthLargestElementInAnArray.class),
            new Problem(287, "Find the Duplicate Number", SEARCH_AND_SORT, FindTheDuplicateNumber.class),
            new Problem(410, "Split Array Largest Sum", SEARCH_AND_SORT, SplitArrayLargestSum.class)
    );

    private LeetCodeProblems() {
    }

    /** Every registered problem, grouped by topic. */
    public static List<Problem> all() {
        return ALL;
    }
}
