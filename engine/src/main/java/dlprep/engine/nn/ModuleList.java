package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A list of modules whose parameters belong to the owner (PyTorch's {@code nn.ModuleList}). It has no
 * forward of its own: the owner decides how its entries are called.
 */
public final class ModuleList extends Module implements Iterable<Module> {

    private final List<Module> modules = new ArrayList<>();

    public ModuleList(Module... initial) {
        for (Module m : initial) {
            add(m);
        }
    }

    public ModuleList add(Module module) {
        registerModule(Integer.toString(modules.size()), module);
        modules.add(module);
        return this;
    }

    public Module get(int index) {
        return modules.get(index);
    }

    public int size() {
        return modules.size();
    }

    @Override
    public Iterator<Module> iterator() {
        return List.copyOf(modules).iterator();
    }

    @Override
    public Tensor forward(Tensor input) {
        throw new IllegalStateException("ModuleList has no forward: iterate over its modules and call them");
    }
}
