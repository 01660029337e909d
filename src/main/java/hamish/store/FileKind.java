package hamish.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names when it is not a regular file, in the words a message shows ("a named pipe (FIFO)",
 * "a character device (a link to /dev/null)"). Shared by the database open, which must not hand such a
 * path to SQLite, and the readers of user files, which must not open one: opening a pipe blocks, and
 * SQLite writes its journal beside a device ({@code /dev/null-journal}).
 */
public final class FileKind {

    // st_mode file-type bits (POSIX), to say which kind of non-file the user pointed at.
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private FileKind() {
    }

    /** "a folder", "a named pipe (FIFO)", "a character device", "a block device", "a socket", else "a special file". */
    public static String of(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & S_IFMT;
            switch (type) {
                case S_IFIFO: return "a named pipe (FIFO)";
                case S_IFCHR: return "a character device";
                case S_IFBLK: return "a block device";
                case S_IFSOCK: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // No unix view (Windows): the generic word below still tells the user what is wrong.
        }
        return "a special file";
    }

    /** " (a link to /dev/zero)" when {@code file} is a symbolic link, so the message shows what it really names; else "". */
    public static String linkNote(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return "";
        }
        try {
            return " (a link to " + file.toRealPath() + ")";
        } catch (IOException e) {
            return " (a link)";
        }
    }
}
