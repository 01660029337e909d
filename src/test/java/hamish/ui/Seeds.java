package hamish.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The shared seed articles: {@code ../shared/seeds} from the repository root (one level up more from a worktree). */
public final class Seeds {

    private Seeds() {
    }

    public static Optional<Path> dir() {
        for (String candidate : new String[] {"../shared/seeds", "../../shared/seeds"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
