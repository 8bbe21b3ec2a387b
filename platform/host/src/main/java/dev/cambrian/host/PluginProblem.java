package dev.cambrian.host;

/**
 * Something wrong with one plugin: what it is called (its id, or its file name when it has no
 * usable descriptor or {@code --verify-plugins} refused it unread), the file, and one line saying
 * what is wrong.
 */
public record PluginProblem(String plugin, String file, String message) {
    @Override
    public String toString() {
        return "plugin " + plugin + " (" + file + "): " + message;
    }
}
