package dev.cambrian.host;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** What went wrong with a file, in words: a file-system exception's message is the bare path. */
final class IoReason {
    private IoReason() {
    }

    /** "not UTF-8 text", the file system's reason, or the exception's kind ("access denied"), else its message. */
    static String of(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName().replaceAll("Exception$", "")
                    .replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }
        return e.getMessage();
    }
}
