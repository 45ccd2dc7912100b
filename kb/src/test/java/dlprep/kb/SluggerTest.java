package dlprep.kb;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Anchors as GitHub makes them (html-pipeline's TableOfContentsFilter: downcase, drop what is not a word
 * character, hyphen or space, spaces to hyphens; duplicates numbered like github-slugger). The expected
 * slugs were worked out by those rules by hand.
 */
class SluggerTest {

    @Test
    void lowerCasesAndTurnsEachSpaceIntoAHyphen() {
        assertEquals("hello-world", Slugger.bare("Hello World"));
        assertEquals("a--b", Slugger.bare("a  b"), "spaces are not collapsed");
        assertEquals("-leading-and-trailing-", Slugger.bare(" leading and trailing "));
    }

    @Test
    void dropsPunctuationAndSymbolsButKeepsHyphenAndUnderscore() {
        assertEquals("c--java", Slugger.bare("C++ & Java"));
        assertEquals("snake_case-and-kebab-case", Slugger.bare("snake_case and kebab-case"));
        assertEquals("what-is-nms", Slugger.bare("What is NMS?"));
        assertEquals("-launch", Slugger.bare("🚀 Launch"), "an emoji is a symbol");
        assertEquals("11-卷积的作用", Slugger.bare("1×1 卷积的作用"), "× is a math symbol");
    }

    @Test
    void keepsChineseCharactersAndDropsChinesePunctuation() {
        assertEquals("1-浅层神经网络及模型基础", Slugger.bare("1. 浅层神经网络及模型基础"));
        assertEquals("批归一化-batch-normalization", Slugger.bare("批归一化 (Batch Normalization)"));
        assertEquals("什么是空洞卷积它的感受野如何计算", Slugger.bare("什么是空洞卷积，它的感受野如何计算？"));
        assertEquals("618-什么是空洞卷积", Slugger.bare("6.18 什么是空洞卷积"));
    }

    @Test
    void mixedScriptsAndAccentsStay() {
        assertEquals("yolov2-v3-一个-anchor-可以对应几个-gt", Slugger.bare("YOLOv2, v3 一个 anchor 可以对应几个 GT?"));
        assertEquals("über-straße", Slugger.bare("Über Straße"));
    }

    @Test
    void repeatedHeadingsGetNumberedSuffixes() {
        Slugger s = new Slugger();
        assertEquals("总结", s.slug("总结"));
        assertEquals("总结-1", s.slug("总结"));
        assertEquals("总结-2", s.slug("总结"));
        assertEquals("intro", s.slug("Intro"));
        assertEquals("intro-1", s.slug("intro"), "case does not make a heading different");
    }

    @Test
    void aSuffixThatIsItselfTakenIsSkipped() {
        Slugger s = new Slugger();
        assertEquals("foo-1", s.slug("foo-1"));
        assertEquals("foo", s.slug("foo"));
        assertEquals("foo-2", s.slug("foo"), "foo-1 is taken by the first heading");
    }
}
