package dev.cambrian.host;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a whole file or nothing. A regular file (or a new one) is written to a temporary file
 * beside it, synced, and moved into place, and the folder synced, so a crash leaves the old file or
 * the new one. A symlink is followed and stays a symlink. A device, FIFO or /dev/stdout is no file
 * to replace: it is written through, as a shell's {@code >} would.
 */
public final class AtomicFile {
    /** What a new file gets: readable by all, as a plain write would give it under the usual umask 022. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    /** Links are followed at most this deep, as the kernel's ELOOP limit. */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {
    }

    /** @throws IOException whose message says why, in words (not only a path) */
    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The same for bytes (a PNG, say). */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, (OutputStream out) -> out.write(bytes));
    }

    /** Text written piece by piece: a shard's part, hundreds of MB that need not be held as one string. */
    @FunctionalInterface
    public interface Text {
        /** Writes the whole text to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    /** The same for text written piece by piece, in UTF-8. */
    public static void write(Path target, Text text) throws IOException {
        write(target, (OutputStream out) -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            text.writeTo(w);
            w.flush();
        });
    }

    /** What goes into the file, written to a stream over it. */
    @FunctionalInterface
    private interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path target, Bytes bytes) throws IOException {
        Destination d = Destination.of(target);
        if (d.writtenThrough()) {
            writeThrough(d.file(), bytes);
        } else {
            replace(d.file(), bytes);
        }
    }

    /**
     * Where a write to {@code target} goes: the file at the end of its links, and whether it is written through (a
     * device, a FIFO, /dev/stdout) rather than replaced; a folder is refused.
     */
    private record Destination(Path file, boolean writtenThrough) {
        static Destination of(Path target) throws IOException {
            if (isSpecial(target)) {
                // the kernel resolves /dev/stdout itself: followed here, /proc/self/fd/1 -> "pipe:[N]" became a path that
                // does not exist, and -o /dev/stdout into a pipe was refused as "permission denied"
                return new Destination(target.toAbsolutePath(), true);
            }
            Path file = followLinks(target.toAbsolutePath());
            if (Files.isDirectory(file)) {
                throw new IOException("it is a folder");
            }
            return new Destination(file, isSpecial(target) || Files.exists(file) && !Files.isRegularFile(file));
        }
    }

    /**
     * Refuses a target {@link #write} could not write, for the same reasons, without writing: a command checks its
     * outputs before it computes anything, so a refused one writes none of them.
     *
     * @throws IOException whose message says why, in words
     */
    public static void checkWritable(Path target) throws IOException {
        Destination d = Destination.of(target);
        if (d.writtenThrough()) {
            if (!Files.isWritable(d.file())) {
                throw new IOException("permission denied");
            }
            return;
        }
        Path dir = d.file().getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot create a file in " + dir + " (no such folder)");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot create a file in " + dir + " (permission denied)");
        }
    }

    /** /dev/stdout, /dev/fd/1, /proc/self/fd/1: stand for an open stream, which a rename would not reach. */
    private static boolean isSpecial(Path target) {
        Path p = target.toAbsolutePath().normalize();
        return p.startsWith("/dev") || p.startsWith("/proc");
    }

    private static void writeThrough(Path file, Bytes bytes) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeAll(out, bytes);
        } catch (FileSystemException e) {
            throw new IOException(IoReason.of(e), e);
        }
    }

    /** Through a stream over the channel, which writes every byte (a channel alone may write less than asked). */
    private static void writeAll(FileChannel out, Bytes bytes) throws IOException {
        OutputStream stream = Channels.newOutputStream(out); // not closed here: that would close the channel early
        bytes.writeTo(stream);
        stream.flush();
    }

    private static void replace(Path file, Bytes bytes) throws IOException {
        Path dir = file.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        } catch (FileSystemException e) {
            throw new IOException("cannot create a file in " + dir + " (" + IoReason.of(e) + ")", e);
        }
        temp.toFile().deleteOnExit(); // a kill (SIGTERM, Ctrl-C) mid-write leaves no temporary file behind
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                writeAll(out, bytes);
                out.force(true); // on disk before the rename makes it the file
            }
            keepPermissions(temp, file);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } catch (FileSystemException e) {
            throw new IOException(IoReason.of(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The rename is durable once the folder's entry is on disk; a file system that cannot sync a folder is left as is. */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // the file itself was synced; only the rename's durability is left to the file system
        }
    }

    /** The file a chain of symlinks ends at (which may not exist yet): the link is kept, its target written. */
    private static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.isSymbolicLink(p)) {
            throw new IOException("too many levels of symbolic links");
        }
        return p;
    }

    /** A temporary file is private to its owner; the file it becomes keeps the target's mode, or a new file's. */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> mode = Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
        Files.setPosixFilePermissions(temp, mode);
    }

}
