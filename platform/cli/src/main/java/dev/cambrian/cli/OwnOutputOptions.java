package dev.cambrian.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A command whose shared output options ({@link OutputOptions}, a mixin) do not all apply as declared: it changes its
 * own model once picocli has built it, so its help and shell completion say what it writes.
 */
interface OwnOutputOptions {
    /** Replaces or removes the shared options that say something else for this command. */
    void tailor(CommandSpec model);
}
