package hamish.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Who is annotating: the name written as the author of new annotations and, on a team database, as the writer of
 * every change (ADR 10, decision 6). Set once per installation, per user: kept in a small file in the user's own
 * settings folder ({@code $XDG_CONFIG_HOME/hamish/user.properties}, else {@code ~/.config/hamish/user.properties}),
 * never in the database, which a whole team shares. The operating system's user name until the user sets another.
 * The system property {@code hamish.userConfig} names another file (tests).
 */
public final class UserName {

    private static final String KEY = "name";
    private final Path file;

    public UserName(Path file) {
        this.file = file;
    }

    /** The current user's settings file. */
    public static UserName forCurrentUser() {
        String override = System.getProperty("hamish.userConfig");
        if (override != null && !override.isBlank()) {
            return new UserName(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home", "."), ".config");
        return new UserName(base.resolve("hamish").resolve("user.properties"));
    }

    /** The name set, else the operating system's user name; never null. */
    public String get() {
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                String name = clean(p.getProperty(KEY));
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable settings file is as good as none: the system's name stands in.
            }
        }
        return clean(System.getProperty("user.name", ""));
    }

    /** Saves {@code name} (line breaks and surrounding blanks dropped); a blank one goes back to the system's name. */
    public String set(String name) {
        String cleaned = clean(name);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Properties p = new Properties();
            if (!cleaned.isEmpty()) {
                p.setProperty(KEY, cleaned);
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Hamish: your name as an annotator");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("Could not save your name in " + file + ": " + e.getMessage(), e));
        }
        return get();
    }

    public Path file() {
        return file;
    }

    private static String clean(String name) {
        return name == null ? "" : name.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
