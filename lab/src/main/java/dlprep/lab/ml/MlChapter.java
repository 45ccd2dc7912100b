package dlprep.lab.ml;

import dlprep.lab.Experiment;

import java.util.List;

/** The chapter name of the classical machine-learning demonstrations, and the demonstrations in the order of the notes. */
public final class MlChapter {

    static final String NAME = "机器学习 (machine learning)";

    private MlChapter() {
    }

    /** Every demonstration of the chapter, for the registry. */
    public static List<Experiment> experiments() {
        return List.of(new BayesCoin(), new KMeansVersusSpectral());
    }
}
