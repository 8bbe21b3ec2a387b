package dev.cambrian.cli;

/** The documented exit codes (docs/architecture.md §4). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The computation found nothing valid (every selected backend infeasible, no deadline met). */
    public static final int NOTHING_VALID = 1;
    /** Bad usage or input. */
    public static final int BAD_INPUT = 2;
    /** No usable backend because plugins failed. */
    public static final int PLUGINS_FAILED = 3;
    /** Ended by Ctrl-C (SIGINT): the shell's 128 + 2, which the JVM's own exit on the signal gives anyway. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /**
     * OK when the selected backends gave anything valid; otherwise the command ends: with {@link #PLUGINS_FAILED}
     * when every one failed and none was infeasible, else {@link #NOTHING_VALID} with {@code noneValid}.
     */
    static int forResults(boolean anyValid, java.util.List<String> failures, java.util.List<String> infeasible,
            String noneValid) {
        if (anyValid) {
            return OK;
        }
        if (!failures.isEmpty() && infeasible.isEmpty()) {
            throw new NoUsableBackendException("every selected backend failed: " + String.join("; ", failures));
        }
        throw new NothingValidException(noneValid);
    }
}
