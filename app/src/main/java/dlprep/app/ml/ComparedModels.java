package dlprep.app.ml;

import dlprep.ml.Classifier;
import dlprep.ml.bayes.GaussianNaiveBayes;
import dlprep.ml.ensemble.AdaBoostSamme;
import dlprep.ml.ensemble.GradientBoostingClassifier;
import dlprep.ml.ensemble.RandomForestClassifier;
import dlprep.ml.ensemble.StackingClassifier;
import dlprep.ml.linear.LogisticRegression;
import dlprep.ml.linear.SoftmaxRegression;
import dlprep.ml.svm.Kernel;
import dlprep.ml.svm.Svc;
import dlprep.ml.tree.DecisionTreeClassifier;

import java.util.List;
import java.util.function.Supplier;

/**
 * The classifiers {@code dlprep ml compare} runs, each beside the scikit-learn expression with the same
 * hyper-parameters that {@code tools/compare_sklearn.py} evaluates (names as in {@code sklearn} 1.2; the
 * script imports the classes named here). Adding a model to the comparison is one line in {@link #ALL}.
 */
final class ComparedModels {

    /** Builds the model for a data set with {@code classes} classes, seeded with {@code seed}. */
    @FunctionalInterface
    interface Factory {
        Classifier create(int classes, long seed);
    }

    /** One compared model: an id, the scikit-learn twin, and how to build ours. */
    record Entry(String id, String sklearn, Factory factory) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("svc_linear", "SVC(kernel='linear', C=1.0)", (k, s) -> new Svc(Kernel.linear(), 1.0)),
            new Entry("svc_rbf", "SVC(kernel='rbf', C=1.0, gamma='scale')", (k, s) -> new Svc(Kernel.rbf(Kernel.SCALE), 1.0)),
            new Entry("svc_poly", "SVC(kernel='poly', C=1.0, degree=3, gamma='scale', coef0=1.0)",
                    (k, s) -> new Svc(Kernel.poly(3, Kernel.SCALE, 1.0), 1.0)),
            new Entry("tree_gini", "DecisionTreeClassifier(criterion='gini', random_state=0)",
                    (k, s) -> new DecisionTreeClassifier()),
            new Entry("tree_entropy_d5", "DecisionTreeClassifier(criterion='entropy', max_depth=5, random_state=0)",
                    (k, s) -> new DecisionTreeClassifier(DecisionTreeClassifier.Impurity.ENTROPY, 5, 2, 1,
                            Integer.MAX_VALUE, s)),
            new Entry("random_forest", "RandomForestClassifier(n_estimators=100, max_features='sqrt', random_state=0)",
                    (k, s) -> new RandomForestClassifier(100, s)),
            new Entry("adaboost_samme", "AdaBoostClassifier(n_estimators=50, learning_rate=1.0, algorithm='SAMME', random_state=0)",
                    (k, s) -> new AdaBoostSamme(50, 1.0, 1)),
            new Entry("gradient_boosting", "GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3, random_state=0)",
                    (k, s) -> new GradientBoostingClassifier(100, 0.1, 3)),
            new Entry("stacking", "StackingClassifier([('tree', DecisionTreeClassifier(max_depth=5, random_state=0)), "
                    + "('forest', RandomForestClassifier(n_estimators=50, random_state=0))], "
                    + "final_estimator=LogisticRegression(C=1.0, max_iter=1000), cv=5)",
                    (k, s) -> new StackingClassifier(List.<Supplier<Classifier>>of(
                            () -> new DecisionTreeClassifier(DecisionTreeClassifier.Impurity.GINI, 5, 2, 1, Integer.MAX_VALUE, s),
                            () -> new RandomForestClassifier(50, s)), 5, s)),
            new Entry("logistic", "LogisticRegression(C=1.0, max_iter=1000)",
                    (k, s) -> k == 2 ? new LogisticRegression(1.0, LogisticRegression.Solver.NEWTON) : new SoftmaxRegression(1.0)),
            new Entry("gaussian_nb", "GaussianNB()", (k, s) -> new GaussianNaiveBayes()));

    private ComparedModels() {
    }
}
