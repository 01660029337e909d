package hamish.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The folder an export writes into, and the only way exporters write. Every file name is resolved inside
 * the folder and checked to stay there; names made from titles are sanitised first ({@link #fileName});
 * an existing file is never replaced unless the user said so ({@code overwrite}); each file is written
 * to a temporary file in the same folder and then moved into place, so a failed export never leaves a
 * half-written file under the final name.
 */
public final class SafeOutput {

    /** Longest file name stem, in code points: well under every file system's 255-byte limit in UTF-8 Arabic. */
    static final int MAX_STEM = 80;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    @FunctionalInterface
    public interface WriterWork {
        void write(Writer out) throws IOException;
    }

    private final Path folder;
    private final boolean overwrite;

    /** An export into {@code folder}, created if missing; {@code overwrite} allows replacing existing files. */
    public SafeOutput(Path folder, boolean overwrite) {
        this.folder = folder.toAbsolutePath().normalize();
        this.overwrite = overwrite;
        try {
            Files.createDirectories(this.folder);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + this.folder + " (" + e.getMessage() + ")", e);
        }
        if (!Files.isDirectory(this.folder)) {
            throw new ExportException(this.folder + " is not a folder");
        }
    }

    public Path folder() {
        return folder;
    }

    public boolean overwrite() {
        return overwrite;
    }

    /** {@code name} inside the folder; refused when it is not a plain file name or would land elsewhere. */
    public Path resolve(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.indexOf('\0') >= 0) {
            throw new ExportException("\"" + name + "\" is not a plain file name; nothing was written");
        }
        Path target = folder.resolve(name).normalize();
        if (!target.getParent().equals(folder)) {
            throw new ExportException("\"" + name + "\" would be written outside " + folder + "; nothing was written");
        }
        return target;
    }

    /** Refuses, before anything is written, when one of the files exists and overwriting was not asked for. */
    public void checkFree(Collection<String> names) {
        for (String name : names) {
            Path target = resolve(name);
            if (!overwrite && Files.exists(target)) {
                throw new ExportFileExistsException(target);
            }
        }
    }

    /** Writes {@code name} in UTF-8 through a temporary file and an atomic move; returns the file written. */
    public Path write(String name, WriterWork work) {
        Path target = resolve(name);
        if (!overwrite && Files.exists(target)) {
            throw new ExportFileExistsException(target);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".hamish-export-", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                work.write(out);
            }
            move(temp, target);
            return target;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + " (" + e.getMessage() + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // The export already failed or succeeded; a stray temporary file is only clutter.
                }
            }
        }
    }

    private void move(Path temp, Path target) throws IOException {
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A file name stem from a document title: path separators, control, format (bidi overrides,
     * zero-width) and reserved characters become spaces, runs of dots become a space, leading and trailing
     * dots and spaces go, Windows device names get a prefix, at most {@link #MAX_STEM} code points. Arabic
     * letters are kept. {@code fallback} when nothing is left.
     */
    public static String fileName(String title, String fallback) {
        StringBuilder out = new StringBuilder();
        title.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean unsafe = cp < 0x20 || "/\\:*?\"<>|".indexOf(cp) >= 0 || type == Character.CONTROL
                    || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE;
            out.appendCodePoint(unsafe || Character.isWhitespace(cp) ? ' ' : cp);
        });
        String name = out.toString().replaceAll("\\.{2,}", " ").replaceAll(" {2,}", " ");
        name = name.replaceAll("^[. ]+|[. ]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_STEM) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_STEM)).replaceAll("[. ]+$", "");
        }
        if (name.isEmpty()) {
            return fallback;
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return WINDOWS_RESERVED.contains(base.toLowerCase(Locale.ROOT)) ? "_" + name : name;
    }
}
