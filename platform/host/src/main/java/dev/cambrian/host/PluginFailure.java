package dev.cambrian.host;

/** A call into a plugin that failed: it threw, broke linkage, returned nonsense or did not return. */
public final class PluginFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String plugin;
    private final String backend;

    public PluginFailure(String plugin, String backend, String message, Throwable cause) {
        super(message, cause);
        this.plugin = plugin;
        this.backend = backend;
    }

    public String plugin() {
        return plugin;
    }

    public String backend() {
        return backend;
    }

    /** One line for the user: which plugin, which backend, what happened. */
    public String describe() {
        // the message is often the plugin's own exception's: one line, whatever it holds
        return Printable.of("plugin " + plugin + (backend == null ? "" : ", backend " + backend) + ": " + getMessage());
    }
}
