package dev.cambrian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Ctrl-C or a kill while a command runs: the JVM runs its shutdown hooks while the command's thread goes on, so a
 * write it was making failed on a closed stream ("internal error: IOException: closed") and a report stopped between its
 * page and its slides. This notes that the process is ending, and undoes a set of files that is not whole.
 */
final class Interruption {
    private Interruption() {
    }

    private static final java.util.concurrent.atomic.AtomicBoolean SAID = new java.util.concurrent.atomic.AtomicBoolean();
    /** The command is done, or stops by Ctrl-C as its usual end (serve): an ending JVM then says nothing. */
    private static volatile boolean settled;

    /**
     * From now on, a process ended before {@link #settle} says {@code error: interrupted}: a command computing when
     * Ctrl-C came (a long Monte Carlo) is stopped by the JVM without failing, so nothing else would say it.
     */
    static void watch(java.io.PrintWriter err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!settled) {
                say(err);
            }
        }, "cambrian-interrupted"));
    }

    /** The command has finished, or reached the point where Ctrl-C is how it stops (serve). */
    static void settle() {
        settled = true;
    }

    /** Says {@code error: interrupted} once, whether the hook or the failure that followed the interruption comes first. */
    static void say(java.io.PrintWriter err) {
        if (SAID.compareAndSet(false, true)) {
            err.println("error: interrupted");
            err.flush();
        }
    }

    /**
     * Whether the process is ending: a failure now is the interruption's, not the command's. Asked of the JVM itself
     * (a hook can no longer be added once shutdown has begun), so no hook of ours has to have run first.
     */
    static boolean happened() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    /**
     * Files written together, all or none: each is recorded as it is written, and if the process ends before
     * {@link #close}, the recorded ones (and the folder, when this run made it) are removed. Writing and undoing hold
     * one lock, so no file lands after the undo.
     */
    static final class FileSet implements AutoCloseable {
        private final List<Path> written = new ArrayList<>();
        private final Path madeFolderOrNull;
        private final Thread undo;
        /** Fair: the undo, once waiting, gets the lock before the command writes the next file. */
        private final ReentrantLock lock = new ReentrantLock(true);
        private boolean stopped;
        private boolean whole;

        FileSet(Path madeFolderOrNull) {
            this.madeFolderOrNull = madeFolderOrNull;
            this.undo = new Thread(this::undo, "cambrian-undo-partial-output");
            Runtime.getRuntime().addShutdownHook(undo);
        }

        /** Writes one file of the set, unless the process is ending. */
        void write(Path file, Runnable writer) {
            lock.lock();
            try {
                if (stopped) {
                    throw new OutputException("interrupted: nothing more was written");
                }
                boolean existed = Files.exists(file);
                writer.run();
                if (!existed) { // a file that was there before is replaced whole (AtomicFile), never removed
                    written.add(file);
                }
            } finally {
                lock.unlock();
            }
        }

        /** Every file of the set is written: an interruption from now on undoes nothing. */
        void whole() {
            lock.lock();
            try {
                whole = true;
            } finally {
                lock.unlock();
            }
        }

        /** What the hook runs: package-private so the rule can be tested without ending the test's JVM. */
        void undo() {
            lock.lock();
            try {
                stopped = true;
                if (whole) {
                    return;
                }
                written.forEach(FileSet::deleteQuietly);
                if (madeFolderOrNull != null) {
                    deleteQuietly(madeFolderOrNull); // only when empty: something else in it stays
                }
            } finally {
                lock.unlock();
            }
        }

        /** Best effort: the process is ending, and a file that cannot be removed is left as it is. */
        private static void deleteQuietly(Path p) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // left in place
            }
        }

        /** Done with the set, whole or failed: the hook is removed unless the process is already ending. */
        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(undo);
            } catch (IllegalStateException ending) {
                // the hook runs (or has run): it undoes the set unless whole() was called
            }
        }
    }
}
