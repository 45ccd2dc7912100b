package dlprep.lab.ch2;

/** The chapter name shared by the experiments of chapter 2. */
final class Chapter2 {

    static final String NAME = "2 卷积神经网络 (CNN)";

    private Chapter2() {
    }
}
