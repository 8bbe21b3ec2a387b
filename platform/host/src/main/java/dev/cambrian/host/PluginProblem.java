package dev.cambrian.host;

/**
 * Something wrong with one plugin: what it is called (its id, or its file name when it has no
 * usable descriptor or {@code --verify-plugins} refused it unread), the file, and one line saying
 * what is wrong.
 */
public record PluginProblem(String plugin, String file, String message) {
    /**
     * Control characters are written as \\uXXXX: the names come from file names and manifests, and an escape sequence
     * or a line break in one split the one-line report or recoloured the terminal.
     */
    public PluginProblem {
        plugin = Printable.of(plugin);
        file = Printable.of(file);
        message = Printable.of(message);
    }

    @Override
    public String toString() {
        return "plugin " + plugin + " (" + file + "): " + message;
    }
}
