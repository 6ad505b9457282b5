package lab.safety;

/** What became of a transfer: it is either applied in full or refused, never half-done. */
public enum Outcome {
    /** The records moved: the source account lost the amount and the target gained it. */
    APPLIED,
    /** The source account held fewer records than the amount: no balance changed. */
    REFUSED
}
