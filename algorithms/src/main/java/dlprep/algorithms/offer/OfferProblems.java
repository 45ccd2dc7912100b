package dlprep.algorithms.offer;

import java.util.List;

/**
 * The registry of the 67 problems of the classic Nowcoder 剑指Offer set: Nowcoder number, Chinese title and
 * the class that solves it. {@code dlprep algo list} reads it; a test checks it is complete.
 */
public final class OfferProblems {
    /** One problem: its Nowcoder number (JZ1 to JZ67), its Chinese title and its solution class. */
    public record Problem(int number, String title, Class<?> solution) {
    }

    private static final List<Problem> ALL = List.of(
            new Problem(1, "二维数组中的查找", FindInSortedMatrix.class),
            new Problem(2, "替换空格", ReplaceSpaces.class),
            new Problem(3, "从尾到头打印链表", PrintListReversed.class),
            new Problem(4, "重建二叉树", RebuildBinaryTree.class),
            new Problem(5, "用两个栈实现队列", QueueWithTwoStacks.class),
            new Problem(6, "旋转数组的最小数字", MinInRotatedArray.class),
            new Problem(7, "斐波那契数列", Fibonacci.class),
            new Problem(8, "跳台阶", JumpFloor.class),
            new Problem(9, "变态跳台阶", JumpFloorAnySteps.class),
            new Problem(10, "矩形覆盖", RectangleCover.class),
            new Problem(11, "二进制中1的个数", CountOneBits.class),
            new Problem(12, "数值的整数次方", IntegerPower.class),
            new Problem(13, "调整数组顺序使奇数位于偶数前面", ReorderOddBeforeEven.class),
            new Problem(14, "链表中倒数第k个结点", KthNodeFromEnd.class),
            new Problem(15, "反转链表", ReverseList.class),
            new Problem(16, "合并两个排序的链表", MergeSortedLists.class),
            new Problem(17, "树的子结构", TreeSubstructure.class),
            new Problem(18, "二叉树的镜像", MirrorTree.class),
            new Problem(19, "顺时针打印矩阵", PrintMatrixClockwise.class),
            new Problem(20, "包含min函数的栈", MinStack.class),
            new Problem(21, "栈的压入、弹出序列", ValidateStackSequences.class),
            new Problem(22, "从上往下打印二叉树", PrintTreeTopDown.class),
            new Problem(23, "二叉搜索树的后序遍历序列", VerifyBstPostorder.class),
            new Problem(24, "二叉树中和为某一值的路径", PathsWithSum.class),
            new Problem(25, "复杂链表的复制", CopyRandomList.class),
            new Problem(26, "二叉搜索树与双向链表", BstToDoublyLinkedList.class),
            new Problem(27, "字符串的排列", StringPermutations.class),
            new Problem(28, "数组中出现次数超过一半的数字", MajorityElement.class),
            new Problem(29, "最小的K个数", SmallestKNumbers.class),
            new Problem(30, "连续子数组的最大和", MaxSubarraySum.class),
            new Problem(31, "整数中1出现的次数", CountDigitOne.class),
            new Problem(32, "把数组排成最小的数", SmallestConcatenation.class),
            new Problem(33, "丑数", UglyNumber.class),
            new Problem(34, "第一个只出现一次的字符", FirstUniqueChar.class),
            new Problem(35, "数组中的逆序对", InversePairs.class),
            new Problem(36, "两个链表的第一个公共结点", FirstCommonNode.class),
            new Problem(37, "数字在排序数组中出现的次数", CountInSortedArray.class),
            new Problem(38, "二叉树的深度", TreeDepth.class),
            new Problem(39, "平衡二叉树", BalancedTree.class),
            new Problem(40, "数组中只出现一次的数字", TwoSingleNumbers.class),
            new Problem(41, "和为S的连续正数序列", ContinuousSequenceWithSum.class),
            new Problem(42, "和为S的两个数字", TwoNumbersWithSum.class),
            new Problem(43, "左旋转字符串", LeftRotateString.class),
            new Problem(44, "翻转单词顺序列", ReverseWords.class),
            new Problem(45, "扑克牌顺子", PokerStraight.class),
            new Problem(46, "孩子们的游戏(圆圈中最后剩下的数)", LastRemainingInCircle.class),
            new Problem(47, "求1+2+3+...+n", SumWithoutLoops.class),
            new Problem(48, "不用加减乘除做加法", AddWithoutArithmetic.class),
            new Problem(49, "把字符串转换成整数", StringToInteger.class),
            new Problem(50, "数组中重复的数字", DuplicateInArray.class),
            new Problem(51, "构建乘积数组", ProductArray.class),
            new Problem(52, "正则表达式匹配", RegexMatching.class),
            new Problem(53, "表示数值的字符串", IsNumeric.class),
            new Problem(54, "字符流中第一个不重复的字符", FirstUniqueCharInStream.class),
            new Problem(55, "链表中环的入口结点", CycleEntry.class),
            new Problem(56, "删除链表中重复的结点", DeleteDuplicateNodes.class),
            new Problem(57, "二叉树的下一个结点", InorderSuccessor.class),
            new Problem(58, "对称的二叉树", SymmetricTree.class),
            new Problem(59, "按之字形顺序打印二叉树", ZigzagLevelOrder.class),
            new Problem(60, "把二叉树打印成多行", PrintTreeByLevels.class),
            new Problem(61, "序列化二叉树", SerializeTree.class),
            new Problem(62, "二叉搜索树的第k个结点", KthNodeInBst.class),
            new Problem(63, "数据流中的中位数", StreamMedian.class),
            new Problem(64, "滑动窗口的最大值", SlidingWindowMax.class),
            new Problem(65, "矩阵中的路径", MatrixPath.class),
            new Problem(66, "机器人的运动范围", RobotMovingRange.class),
            new Problem(67, "剪绳子", CuttingRope.class));

    private OfferProblems() {
    }

    /** All 67 problems in Nowcoder order. */
    public static List<Problem> all() {
        return ALL;
    }
}
