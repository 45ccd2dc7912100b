package dlprep.lab.math;

import dlprep.lab.Experiment;

import java.util.List;

/** The chapter name of the math-part demonstrations, and the demonstrations in the order of the notes. */
public final class MathChapter {

    static final String NAME = "0 数学基础 (math)";

    private MathChapter() {
    }

    /** Every demonstration of the math part, for the registry. */
    public static List<Experiment> experiments() {
        return List.of(new LinearSystems(), new SoftmaxOverflow(), new ConditionNumberDescent(), new SecondDerivativeDemo());
    }
}
