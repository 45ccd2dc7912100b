package dlprep.lab;

import dlprep.lab.ch1.DropoutMlp;
import dlprep.lab.ch1.ExplodingGradients;
import dlprep.lab.ch1.InitCompare;
import dlprep.lab.ch1.KFoldCrossValidation;
import dlprep.lab.ch1.LinearRegressionClosedForm;
import dlprep.lab.ch1.LinearRegressionConcise;
import dlprep.lab.ch1.LinearRegressionScratch;
import dlprep.lab.ch1.MlpConcise;
import dlprep.lab.ch1.MlpScratch;
import dlprep.lab.ch1.PolynomialFit;
import dlprep.lab.ch1.SoftmaxConcise;
import dlprep.lab.ch1.SoftmaxScratch;
import dlprep.lab.ch1.VanishingGradients;
import dlprep.lab.ch1.WeightDecay;
import dlprep.lab.ch2.AlexNetTraining;
import dlprep.lab.ch2.CbamResNet18Training;
import dlprep.lab.ch2.DenseNetTraining;
import dlprep.lab.ch2.DilatedNetTraining;
import dlprep.lab.ch2.GoogLeNetTraining;
import dlprep.lab.ch2.LeNetBatchNormConcise;
import dlprep.lab.ch2.LeNetBatchNormScratch;
import dlprep.lab.ch2.LeNetModern;
import dlprep.lab.ch2.LeNetSigmoid;
import dlprep.lab.ch2.MobileNetSmallTraining;
import dlprep.lab.ch2.NiNTraining;
import dlprep.lab.ch2.ResNet18Training;
import dlprep.lab.ch2.SeResNet18Training;
import dlprep.lab.ch2.SkResNet18Training;
import dlprep.lab.ch2.VGGTraining;
import dlprep.lab.ch3.Chapter3;
import dlprep.lab.math.MathChapter;
import dlprep.lab.ml.MlChapter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The registry of experiments, in the order of the outline. */
public final class Experiments {

    /**
     * The math part's demonstrations first (notes/01-math), then chapters 1 and 2 one instance per class, chapter 3
     * from its table of settings, and the machine-learning demonstrations from their chapter class.
     */
    private static final List<Experiment> ALL = Stream.of(MathChapter.experiments().stream(), Stream.of(
            new LinearRegressionScratch(), new LinearRegressionConcise(), new LinearRegressionClosedForm(),
            new SoftmaxScratch(), new SoftmaxConcise(), new MlpScratch(), new MlpConcise(),
            new PolynomialFit(), new KFoldCrossValidation(), new WeightDecay(), new DropoutMlp(),
            new VanishingGradients(), new ExplodingGradients(), new InitCompare(),
            new LeNetSigmoid(), new LeNetModern(), new LeNetBatchNormConcise(), new LeNetBatchNormScratch(),
            new AlexNetTraining(), new VGGTraining(), new NiNTraining(), new GoogLeNetTraining(),
            new ResNet18Training(), new DenseNetTraining(), new SeResNet18Training(), new SkResNet18Training(),
            new CbamResNet18Training(), new MobileNetSmallTraining(), new DilatedNetTraining()),
            Chapter3.experiments().stream(), MlChapter.experiments().stream())
            .<Experiment>flatMap(chapter -> chapter).toList();

    private Experiments() {
    }

    public static List<Experiment> all() {
        return ALL;
    }

    public static Optional<Experiment> find(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The experiment with this id, or an error that lists the closest ids. */
    public static Experiment get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no experiment '" + id + "'"
                + suggestions(id) + "; `dlprep list` shows them all"));
    }

    private static String suggestions(String id) {
        List<Experiment> sorted = new ArrayList<>(ALL);
        sorted.sort(Comparator.comparingInt(e -> editDistance(id, e.id())));
        List<String> close = sorted.stream().filter(e -> editDistance(id, e.id()) <= Math.max(2, id.length() / 3))
                .limit(3).map(Experiment::id).toList();
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }

    /** Levenshtein distance, for "did you mean". */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
