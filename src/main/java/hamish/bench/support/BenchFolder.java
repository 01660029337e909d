package hamish.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch folder for one benchmark run, deleted with everything in it when closed: benchmarks never touch --db. */
public final class BenchFolder implements AutoCloseable {

    private final Path path;

    public BenchFolder(Path parent) throws IOException {
        this.path = parent == null ? Files.createTempDirectory("hamish-bench") : Files.createTempDirectory(parent, "hamish-bench");
    }

    public Path path() {
        return path;
    }

    public Path resolve(String name) {
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
