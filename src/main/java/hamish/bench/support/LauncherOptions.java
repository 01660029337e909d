package hamish.bench.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The JVM options Hamish is shipped with, so that a bench measures the product as a user starts it: those of every
 * launcher (pom.xml's launcher.* properties, filtered into launcher.properties at build time), and the installer's
 * own, which point sqlite-jdbc at a native library shipped in the app image instead of extracting it from its jar to
 * the temp folder at every start.
 */
public final class LauncherOptions {

    /** The file name the installer gives sqlite-jdbc's native library (pom.xml, installer profile). */
    public static final String SQLITE_LIBRARY = "libsqlitejdbc.so";

    private LauncherOptions() {
    }

    /** The options every launcher gives the JVM: collector, compiler, heap. */
    public static List<String> jvm() {
        Properties launcher = new Properties();
        try (InputStream in = LauncherOptions.class.getResourceAsStream("launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("launcher.properties is missing from the class path: build with Maven");
            }
            launcher.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String options = launcher.getProperty("options", "");
        if (options.isBlank() || options.contains("${")) {
            throw new IllegalStateException("launcher.properties was not filtered by Maven: " + options);
        }
        return Arrays.stream(options.trim().split("\\s+")).toList();
    }

    /**
     * The installer's options for sqlite-jdbc's native library, with that library copied into {@code folder} from the
     * sqlite-jdbc jar on this class path, as the installer copies it from the application's jar.
     */
    public static List<String> sqliteLibrary(Path folder) throws IOException {
        String resource = "/org/sqlite/native/Linux/" + linuxArch() + "/" + SQLITE_LIBRARY;
        try (InputStream in = LauncherOptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " in sqlite-jdbc on the class path");
            }
            Files.createDirectories(folder);
            Files.copy(in, folder.resolve(SQLITE_LIBRARY), StandardCopyOption.REPLACE_EXISTING);
        }
        return List.of("-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=" + SQLITE_LIBRARY);
    }

    /** sqlite-jdbc's name for this machine's architecture (its folders under org/sqlite/native/Linux). */
    private static String linuxArch() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> throw new IllegalStateException("no sqlite-jdbc library folder known for " + arch);
        };
    }
}
