package dlprep.lab.ch3;

import dlprep.lab.Experiment;

import java.util.List;

/** The chapter name of the optimization experiments, and the experiments in the order of the notes. */
public final class Chapter3 {

    static final String NAME = "3 优化 (optimization)";

    private Chapter3() {
    }

    /** Every experiment of the chapter, for the registry. */
    public static List<Experiment> experiments() {
        return List.of(Trajectory1D.gradientDescent(), Trajectory2D.gradientDescent(), Trajectory1D.newton(),
                new Convexity(), new ConjugateGradient(), new NoisySgd(), Trajectory2D.illConditioning(),
                Trajectory2D.momentum(), Trajectory2D.nesterov(), Trajectory2D.adagrad(), Trajectory2D.rmsprop(),
                Trajectory2D.adadelta(), Trajectory2D.adam(), Airfoil.gdVersusSgd(), Airfoil.optimizers());
    }
}
