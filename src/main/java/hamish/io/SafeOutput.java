package hamish.io;

import hamish.text.GraphemeBoundaries;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The folder an export writes into, and the only way exporters write. Every file name is resolved inside
 * the folder and checked to stay there; names made from titles are sanitised first ({@link #fileName});
 * an existing file is never replaced unless the user said so ({@code overwrite}).
 *
 * <p>Files are first written ({@link #stage}) into a fresh staging folder inside the output folder,
 * {@code .hamish-export-<pid>-<random>}, and moved into place ({@link #publish}) only once the whole set
 * is written, each with an atomic rename (same file system, since the staging folder is inside). A killed
 * or failed export therefore never leaves a half-written file under a final name; what it leaves is a
 * staging folder, which the next export into that folder removes ({@link #removeDebris}).
 */
public final class SafeOutput implements AutoCloseable {

    /** Every name this class leaves behind starts with it, and only such names are ever removed as debris. */
    static final String TEMP_PREFIX = ".hamish-export-";
    /**
     * Debris without an owner's process id (temporary files of Hamish versions before the staging folder)
     * is removed once this old: long past any write, young enough not to clutter.
     */
    static final Duration ORPHAN_AGE = Duration.ofMinutes(1);
    /** A process id can be reused by an unrelated program; past this age debris is removed anyway. */
    private static final Duration OWNER_AGE = Duration.ofDays(1);

    /** Longest file name stem, in code points: a name the user can still read in a file list. */
    static final int MAX_STEM = 80;
    /**
     * Longest file name stem in UTF-8 bytes. File systems count a name's bytes, not its characters (ext4,
     * XFS, Btrfs, tmpfs: 255), and an emoji takes 4: 80 of them made 320. 200 leaves room for the longest
     * extension (".jsonld") and for the staging copy, which has the same name.
     */
    static final int MAX_STEM_BYTES = 200;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    @FunctionalInterface
    public interface WriterWork {
        void write(Writer out) throws IOException;
    }

    private final Path folder;
    private final boolean overwrite;
    private final int stemBytes;
    private final List<Staged> staged = new ArrayList<>();
    private Path staging;

    private record Staged(Path temp, Path target) {
    }

    /** An export into {@code folder}, created if missing; {@code overwrite} allows replacing existing files. */
    public SafeOutput(Path folder, boolean overwrite) {
        this(folder, overwrite, MAX_STEM_BYTES);
    }

    /**
     * As above, with names made from titles capped at {@code stemBytes}: tests set it past what the file
     * system takes, to see a name refused by the file system itself.
     */
    SafeOutput(Path folder, boolean overwrite, int stemBytes) {
        this.folder = folder.toAbsolutePath().normalize();
        this.overwrite = overwrite;
        this.stemBytes = stemBytes;
        try {
            Files.createDirectories(this.folder);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + this.folder + " (" + e.getMessage() + ")", e);
        }
        if (!Files.isDirectory(this.folder)) {
            throw new ExportException(this.folder + " is not a folder");
        }
        removeDebris(this.folder, Instant.now());
    }

    public Path folder() {
        return folder;
    }

    public boolean overwrite() {
        return overwrite;
    }

    /** The file name stem for {@code title} in this folder ({@link #fileName}). */
    String stem(String title, String fallback) {
        return fileName(title, fallback, stemBytes);
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

    /** Writes {@code name} in UTF-8 as a set of its own (staged, then moved into place); returns the file written. */
    public Path write(String name, WriterWork work) {
        stage(name, work);
        return publish().get(0);
    }

    /**
     * Writes {@code name} in UTF-8 into the staging folder; it reaches the output folder with the rest of
     * the set at {@link #publish}. On failure the whole staged set is discarded.
     */
    public void stage(String name, WriterWork work) {
        Path target = resolve(name);
        if (!overwrite && Files.exists(target)) {
            discard();
            throw new ExportFileExistsException(target);
        }
        boolean written = false;
        try {
            Path temp = staging().resolve(target.getFileName().toString());
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                work.write(out);
            }
            staged.add(new Staged(temp, target));
            written = true;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + " (" + e.getMessage() + ")", e);
        } finally {
            if (!written) {
                discard();
            }
        }
    }

    /** Writes {@code name} byte for byte (a picture) as a set of its own, staged and moved into place like text; returns the file written. */
    public Path write(String name, byte[] content) {
        Path target = resolve(name);
        if (!overwrite && Files.exists(target)) {
            discard();
            throw new ExportFileExistsException(target);
        }
        try {
            Path temp = staging().resolve(target.getFileName().toString());
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            staged.add(new Staged(temp, target));
        } catch (IOException e) {
            discard();
            throw new ExportException("cannot write " + target + " (" + e.getMessage() + ")", e);
        }
        return publish().get(0);
    }

    /**
     * Stages {@code name} like {@link #stage}, except that a file the file system refuses (a name it
     * cannot hold, a write that fails) is returned as the reason instead of thrown, and the rest of the
     * set stays staged: one document's file must not cost the others theirs. Empty when it was staged.
     */
    Optional<String> stageOrGiveReason(String name, WriterWork work) {
        Path target = resolve(name);
        if (!overwrite && Files.exists(target)) {
            discard();
            throw new ExportFileExistsException(target);
        }
        Path temp = null;
        try {
            temp = staging().resolve(target.getFileName().toString());
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                work.write(out);
            }
            staged.add(new Staged(temp, target));
            return Optional.empty();
        } catch (IOException e) {
            deleteQuietly(temp);
            return Optional.of(e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage()));
        }
    }

    /** Drops {@code name} from the staged set (its other half could not be written). */
    void unstage(String name) {
        Path target = resolve(name);
        staged.removeIf(s -> {
            if (s.target().equals(target)) {
                deleteQuietly(s.temp());
                return true;
            }
            return false;
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Inside the staging folder, which goes as a whole at publish or close.
        }
    }

    /**
     * Moves the staged files into place in the order they were staged, so a set can make its last file
     * the sign that it is whole; returns the files, in that order. The staging folder is removed.
     */
    public List<Path> publish() {
        List<Path> moved = new ArrayList<>(staged.size());
        try {
            for (Staged s : staged) {
                move(s.temp(), s.target());
                moved.add(s.target());
            }
            return moved;
        } catch (IOException e) {
            throw new ExportException("cannot write " + staged.get(moved.size()).target() + " (" + e.getMessage() + ")", e);
        } finally {
            discard();
        }
    }

    /**
     * Deletes the existing file {@code name} before a publish that will replace it (overwrite only): a set
     * that marks itself whole by one file must not show the old marker beside half-moved new files.
     */
    public void removeBeforePublish(String name) {
        if (!overwrite) {
            return; // without overwrite the file cannot exist: checkFree refused the export
        }
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            throw new ExportException("cannot replace " + resolve(name) + " (" + e.getMessage() + ")", e);
        }
    }

    /** Discards whatever was staged and not published. */
    @Override
    public void close() {
        discard();
    }

    private Path staging() throws IOException {
        if (staging == null) {
            staging = Files.createTempDirectory(folder, TEMP_PREFIX + ProcessHandle.current().pid() + "-");
        }
        return staging;
    }

    private void discard() {
        staged.clear();
        if (staging != null) {
            deleteTree(staging);
            staging = null;
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
     * Removes from {@code folder} what killed exports left: entries named {@code .hamish-export-…} whose
     * process is gone (or that are over a day old, in case the id was reused), and those without a
     * process id once older than {@link #ORPHAN_AGE}. An export still running, in this process or another,
     * keeps its staging folder. Nothing without the prefix is ever touched, and links are removed, not
     * followed.
     */
    static void removeDebris(Path folder, Instant now) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                if (abandoned(entry, now)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Debris is clutter, not damage: failing to sweep it must not stop the export.
        }
    }

    private static boolean abandoned(Path entry, Instant now) throws IOException {
        Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
        String rest = entry.getFileName().toString().substring(TEMP_PREFIX.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
            pid = dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            pid = -1;
        }
        if (pid < 0) {
            return modified.plus(ORPHAN_AGE).isBefore(now);
        }
        boolean ownerRunning = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return !ownerRunning || modified.plus(OWNER_AGE).isBefore(now);
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Left for the next export's sweep.
        }
    }

    /**
     * A file name stem from a document title: path separators, control, format (bidi overrides,
     * zero-width) and reserved characters become spaces, runs of dots become a space, leading and trailing
     * dots and spaces go, Windows device names get a prefix, at most {@link #MAX_STEM} code points and
     * {@link #MAX_STEM_BYTES} bytes in UTF-8, cut between grapheme clusters (never inside an emoji, a flag
     * or a letter with its harakat). Arabic letters are kept. {@code fallback} when nothing is left.
     */
    public static String fileName(String title, String fallback) {
        return fileName(title, fallback, MAX_STEM_BYTES);
    }

    static String fileName(String title, String fallback, int maxBytes) {
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
        name = wholeCharactersWithin(name, maxBytes).replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return WINDOWS_RESERVED.contains(base.toLowerCase(Locale.ROOT)) ? "_" + name : name;
    }

    /** The longest start of {@code name} within {@link #MAX_STEM} code points and {@code maxBytes} UTF-8 bytes that ends between grapheme clusters. */
    private static String wholeCharactersWithin(String name, int maxBytes) {
        int codePoints = 0;
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (++codePoints > MAX_STEM || bytes > maxBytes) {
                return name.substring(0, new GraphemeBoundaries(name).graphemeStartAtOrBefore(i));
            }
            i += Character.charCount(cp);
        }
        return name;
    }
}
