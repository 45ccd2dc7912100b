package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

import java.util.List;

/** Applies transforms one after another (torchvision's {@code transforms.Compose}). */
public final class Compose implements Transform {

    private final List<Transform> transforms;

    public Compose(Transform... transforms) {
        this.transforms = List.of(transforms);
    }

    @Override
    public Tensor apply(Tensor image, Generator random) {
        Tensor out = image;
        for (Transform t : transforms) {
            out = t.apply(out, random);
        }
        return out;
    }
}
