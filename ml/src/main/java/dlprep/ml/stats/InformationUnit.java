package dlprep.ml.stats;

/**
 * The unit of an amount of information: the base of the logarithm. Nats (natural log) are what the formulas
 * and the losses of deep learning use; bits (log base 2) count yes/no questions. 1 bit = ln 2 nats.
 */
public enum InformationUnit {
    NATS(1), BITS(Math.log(2));

    private final double natsPerUnit;

    InformationUnit(double natsPerUnit) {
        this.natsPerUnit = natsPerUnit;
    }

    /** An amount given in nats, expressed in this unit. */
    public double fromNats(double nats) {
        return nats / natsPerUnit;
    }
}
