package dev.cambrian.engine.audit;

import java.util.List;

/** One backend's audit: every check with whether it ran, and the findings of those that did. */
public record BackendAudit(String subject, List<CheckRun> checks, List<Finding> findings) {
    public BackendAudit {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
    }
}
