package hamish.bench.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * This JVM's class path with every folder packed into a jar, as an installed Hamish has it: an application class-data
 * archive (AppCDS) refuses a class path holding a non-empty folder, which a build's {@code target/classes} is. A
 * class path that is one jar naming the rest in its manifest (as Surefire starts tests) is read through.
 */
public final class JarredClassPath {

    private JarredClassPath() {
    }

    /** The class path to give a child JVM; the jars made of folders are written into {@code work}. */
    public static String of(Path work) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(expand(Path.of(entry)));
        }
        List<String> out = new ArrayList<>();
        for (Path entry : entries) {
            out.add(Files.isDirectory(entry) ? jar(entry, work.resolve("classes-" + out.size() + ".jar")).toString() : entry.toString());
        }
        return String.join(File.pathSeparator, out);
    }

    private static List<Path> expand(Path entry) throws IOException {
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return List.of(entry);
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank() || jar.stream().anyMatch(e -> e.getName().endsWith(".class")
                    && !e.getName().startsWith("org/apache/maven/surefire"))) {
                return List.of(entry);
            }
            List<Path> named = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                URI uri = entry.toUri().resolve(url);
                named.add(Path.of(uri));
            }
            return named;
        }
    }

    private static Path jar(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
