package dlprep.lab.ch1;

/** The chapter name shared by the experiments of chapter 1. */
final class Chapter1 {

    static final String NAME = "1 浅层神经网络及模型基础 (shallow networks)";

    private Chapter1() {
    }
}
