package hamish.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch folder for one benchmark run, deleted with everything in it when closed: benchmarks never touch --db. */
final class BenchFolder implements AutoCloseable {

    private final Path path;

    BenchFolder(Path parent) throws IOException {
        this.path = parent == null ? Files.createTempDirectory("hamish-bench") : Files.createTempDirectory(parent, "hamish-bench");
    }

    Path path() {
        return path;
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
