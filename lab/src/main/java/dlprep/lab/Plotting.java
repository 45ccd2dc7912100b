package dlprep.lab;

import dlprep.lab.plot.Figure;

/**
 * An experiment that can draw its result ({@code dlprep run <id> --plot out.svg}, and the picture on its page of
 * the viewer). The figure is computed again from the same params, which gives the same run: these experiments are
 * deterministic for a given seed and small enough to run twice.
 */
public interface Plotting {

    Figure figure(Params params) throws Exception;
}
