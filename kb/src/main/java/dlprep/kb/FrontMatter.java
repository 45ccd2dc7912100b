package dlprep.kb;

import java.util.List;

/**
 * The metadata block at the top of a note: its title, and the ids of the interview questions and the
 * experiments it is about (both may be empty).
 */
public record FrontMatter(String title, List<String> questions, List<String> experiments) {

    /** The keys a note may set; anything else is reported as a typo. */
    public static final List<String> KEYS = List.of("title", "questions", "experiments");

    public FrontMatter {
        questions = List.copyOf(questions);
        experiments = List.copyOf(experiments);
    }
}
