package dev.cambrian.engine.audit;

/**
 * Whether one audit check ran on one backend, and why not when it did not: a backend that declares
 * none of the figures a check reads is not thereby clean, and the report says so.
 *
 * @param subject the backend
 * @param check   the check's name
 * @param ran     whether the check compared anything
 * @param why     what it compared, or why it could not
 */
public record CheckRun(String subject, String check, boolean ran, String why) {
    static CheckRun ran(String subject, String check, String what) {
        return new CheckRun(subject, check, true, what);
    }

    static CheckRun skipped(String subject, String check, String why) {
        return new CheckRun(subject, check, false, why);
    }

    /** "ran" or "skipped", as reports print it. */
    public String status() {
        return ran ? "ran" : "skipped";
    }
}
