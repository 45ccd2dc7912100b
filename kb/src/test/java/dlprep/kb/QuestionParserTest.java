package dlprep.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionParserTest {

    @TempDir
    Path dir;

    @Test
    void readsIdTagsPartsAndTheLinesOfEachQuestion() {
        NotesFixture f = new NotesFixture(dir);
        f.write("07-interview/02-detection.md", NotesFixture.note("目标检测", """
                ## 2.3 非极大值抑制是什么?
                <!-- id: det-nms; tags: detection, nms -->

                **答案** 保留得分最高的框 ...

                **公式** $\\mathrm{IoU}$

                ## 2.4 如何计算 IoU?
                <!-- id: det-iou; tags: detection -->

                **答案** 交集比并集。

                **深入** ...

                **相关** [链接](02-detection.md)
                """));
        KnowledgeBase kb = f.load();
        assertEquals(List.of(), kb.problems());
        assertEquals(2, kb.questions().size());
        Question nms = kb.questions().get(0);
        assertEquals(new Question("det-nms", List.of("detection", "nms"), "2.3 非极大值抑制是什么?",
                "07-interview/02-detection.md", "23-非极大值抑制是什么", 7, 13, List.of("答案", "公式")), nms);
        assertEquals(List.of("答案", "深入", "相关"), kb.questions().get(1).parts());
    }

    @Test
    void formatMistakesAreReported() {
        NotesFixture f = new NotesFixture(dir);
        f.write("07-interview/06-cnn.md", NotesFixture.note("CNN", """
                ## no metadata
                **答案** x

                ## bad id
                <!-- id: Bad_Id; tags: Cnn -->

                **深入** x

                **答案** y

                ## duplicate
                <!-- id: cnn-a; tags: cnn -->
                **答案** x
                """));
        f.write("07-interview/07-training.md", NotesFixture.note("训练", """
                ## again
                <!-- id: cnn-a; tags: cnn -->
                **答案** x
                """));
        List<String> messages = f.load().problems().stream().map(Problem::message).toList();
        assertTrue(messages.get(0).contains("has no '<!-- id: ...; tags: ... -->' line"), messages.toString());
        assertTrue(messages.get(1).contains("question id 'Bad_Id' is malformed"), messages.toString());
        assertTrue(messages.get(2).contains("tag 'Cnn'"), messages.toString());
        assertTrue(messages.get(3).contains("**答案** comes after **深入**"), messages.toString());
        assertTrue(messages.get(4).contains("question id 'cnn-a' is already used by 07-interview/06-cnn.md"),
                messages.toString());
        assertEquals(5, messages.size(), messages.toString());
    }

    @Test
    void aQuestionWithoutAnAnswerIsReported() {
        NotesFixture f = new NotesFixture(dir);
        f.write("07-interview/00-math.md", NotesFixture.note("数学", "## q\n<!-- id: math-q; tags: math -->\n\n**深入** x\n"));
        assertTrue(f.load().problems().get(0).message().contains("has no **答案**"));
    }
}
