package dlprep.models.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link ModelSummary} as a text table, one row per op (the layer column names the module whose
 * parameters the op uses, empty for ops without any), then the totals; numbers with thousands separators.
 */
public final class SummaryTable {

    private static final String[] HEADER = {"#", "layer", "op", "output", "params", "MACs", "receptive field", "jump"};
    private static final boolean[] RIGHT = {true, false, false, false, true, true, true, true};

    private SummaryTable() {
    }

    public static String format(ModelSummary s) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        int i = 1;
        for (LayerRow r : s.rows()) {
            ReceptiveField f = r.receptiveField();
            cells.add(new String[] {Integer.toString(i++), r.module() == null ? "" : r.name(), r.op(), r.shapeText(), number(r.parameters()),
                    number(r.macs()), f == null ? "?" : f.sizeText(), f == null ? "?" : f.jumpText()});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(width[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(RIGHT[c] ? pad + row[c] : row[c] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        ReceptiveField f = s.receptiveField();
        out.append("input ").append(ModelSummary.shapeText(s.input())).append(": ").append(number(s.parameters()))
                .append(" parameters, ").append(number(s.macs())).append(" MACs, receptive field ")
                .append(f == null ? "unknown" : f.sizeText() + (f.whole() ? "" : " (jump " + f.jumpText() + ")"))
                .append('\n');
        if (!s.unusedParameters().isEmpty()) {
            out.append("not used by this forward pass (counted in the parameters): ")
                    .append(String.join(", ", s.unusedParameters())).append('\n');
        }
        return out.toString();
    }

    /** {@code 61,706}. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
