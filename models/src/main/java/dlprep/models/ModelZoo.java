package dlprep.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every network of the models module by name, in the order of the chapter: what {@code dlprep model} offers. */
public final class ModelZoo {

    private static final Map<String, ZooModel> MODELS = new LinkedHashMap<>();

    static {
        add(new ZooModel("lenet", "LeNet-5 (sigmoid, average pooling), Dive into Deep Learning 6.6",
                LeNet::sigmoidAvgPool, new int[] {1, 1, 28, 28}));
        add(new ZooModel("lenet-modern", "LeNet-5 with ReLU and max pooling",
                LeNet::reluMaxPool, new int[] {1, 1, 28, 28}));
        add(new ZooModel("lenet-bn", "LeNet with batch normalisation after each convolution and hidden linear layer",
                LeNetBatchNorm::new, new int[] {1, 1, 28, 28}));
    }

    private ModelZoo() {
    }

    private static void add(ZooModel model) {
        if (MODELS.putIfAbsent(model.name(), model) != null) {
            throw new IllegalStateException("ModelZoo: two models named " + model.name());
        }
    }

    /** All models in chapter order. */
    public static List<ZooModel> all() {
        return List.copyOf(MODELS.values());
    }

    /** The model called {@code name}; an unknown name is an error that lists the known ones. */
    public static ZooModel get(String name) {
        ZooModel model = MODELS.get(name);
        if (model == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; known models: "
                    + String.join(", ", MODELS.keySet()));
        }
        return model;
    }
}
