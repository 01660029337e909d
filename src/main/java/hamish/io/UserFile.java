package hamish.io;

import hamish.store.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way Hamish reads a file the user named (articles, HTML, JSON-LD, brat files, corrected texts).
 *
 * <p>Only regular files are read, checked after following links and <em>before</em> opening: opening a
 * named pipe blocks until someone writes to it, and a device such as {@code /dev/zero} never ends. The
 * bytes read are bounded too (at most {@code limit + 1}), because the size a file reports cannot be
 * trusted: devices and pipes report 0, {@code /proc} files report 0 and hold text, and a file may grow
 * after it was measured. The reported size is only used to refuse a plainly huge file without reading it.
 */
final class UserFile {

    private UserFile() {
    }

    /**
     * The bytes of {@code file}, at most {@code limit} of them; {@link ImportException} naming the file
     * when it is missing, unreadable, not a regular file, or longer than {@code limit} bytes.
     * {@code purpose} completes "too large for …" ("an article", "an annotation file").
     */
    static byte[] read(Path file, long limit, String purpose) {
        String name = displayName(file);
        BasicFileAttributes attributes = regularFileAttributes(file, name);
        if (attributes.size() > limit) {
            throw new ImportException(name, "too large for " + purpose + " (" + size(attributes.size()) + "; the limit is "
                    + describe(limit) + ")");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (AccessDeniedException e) {
            throw new ImportException(name, "cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > limit) {
            throw new ImportException(name, "too large for " + purpose + " (more than the limit of " + describe(limit)
                    + "); nothing was read");
        }
        return bytes;
    }

    /**
     * {@code file} opened for reading in a stream, for a file too large to hold in memory at once (a
     * corpus's JSON-LD export): the same checks as {@link #read} before opening, and the stream refuses
     * (with an {@link ImportException}) as soon as more than {@code limit} bytes have come from it.
     */
    static InputStream open(Path file, long limit, String purpose) {
        String name = displayName(file);
        BasicFileAttributes attributes = regularFileAttributes(file, name);
        if (attributes.size() > limit) {
            throw new ImportException(name, "too large for " + purpose + " (" + size(attributes.size()) + "; the limit is "
                    + describe(limit) + ")");
        }
        try {
            return new BoundedInputStream(Files.newInputStream(file), limit, () -> new ImportException(name, "too large for "
                    + purpose + " (more than the limit of " + describe(limit) + "); nothing was imported"));
        } catch (AccessDeniedException e) {
            throw new ImportException(name, "cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String size(long bytes) {
        return bytes < 1048576 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10 / 1048576.0) / 10);
    }

    /** The attributes of {@code file} after following links; refuses anything but a regular file without opening it. */
    private static BasicFileAttributes regularFileAttributes(Path file, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, Files.isSymbolicLink(file) ? "a link to a file that does not exist" : "no such file", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (!attributes.isRegularFile()) {
            throw new ImportException(name, "it is " + FileKind.of(file, attributes) + FileKind.linkNote(file) + ", not a file; nothing was read");
        }
        return attributes;
    }

    private static String describe(long limit) {
        return limit >= 1048576 && limit % 1048576 == 0 ? limit / 1048576 + " MB" : limit + " bytes";
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
