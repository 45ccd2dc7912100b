package dlprep.kb.quiz;

/** The four answer buttons of a review, with the grade G that the FSRS formulas use (Anki's numbering). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** G in the formulas: 1 again, 2 hard, 3 good, 4 easy. */
    public int grade() {
        return grade;
    }

    /** The rating of grade 1..4; anything else is an error that names the valid grades. */
    public static Rating of(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("rating grade " + grade + " is not one of 1 (again), 2 (hard), 3 (good), 4 (easy)");
    }
}
