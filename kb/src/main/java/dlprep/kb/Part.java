package dlprep.kb;

import java.util.List;
import java.util.Optional;

/** One of the seven parts of the knowledge base: its folder under {@code notes/} and its title. */
public record Part(String folder, String title) {

    /** The parts in reading order (ARCHITECTURE.md, "Knowledge base"). */
    public static final List<Part> ALL = List.of(
            new Part("01-math", "数学基础 (Math)"),
            new Part("02-ml", "机器学习 (Machine Learning)"),
            new Part("03-dl", "深度学习 (Deep Learning)"),
            new Part("04-algorithms", "算法 (Algorithms)"),
            new Part("05-language", "编程语言 (Language)"),
            new Part("06-framework", "深度学习框架 (Framework)"),
            new Part("07-interview", "面试题库 (Interview Questions)"));

    /** The part whose questions make the interview bank. */
    public static final String INTERVIEW = "07-interview";

    public static Optional<Part> of(String folder) {
        return ALL.stream().filter(p -> p.folder().equals(folder)).findFirst();
    }
}
