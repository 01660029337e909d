package hamish.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Which symbolic links inside an imported folder are followed. A link to a file inside the folder is: the
 * user chose the folder, and the file is in it under another name. A link out of the folder is not: a
 * folder copied from elsewhere (an unpacked archive) must not pull in whatever its links name, such as a
 * file of the user's own; the user can name that file directly. Links to folders are not followed, since
 * one leading back up would never end.
 */
final class FolderLinks {

    /** More links in a chain than any real layout holds: a loop. */
    private static final int MAX_CHAIN = 40;

    private FolderLinks() {
    }

    /**
     * Why the link {@code link} under the folder {@code root} (a real path) is not imported, or null when it
     * is to be read like a file. Links with names that are not articles' are only reported when they lead
     * to a folder, whose contents would otherwise be passed over in silence.
     */
    static String problem(Path root, Path link, boolean articleName) {
        BasicFileAttributes target;
        Path real;
        try {
            target = Files.readAttributes(link, BasicFileAttributes.class);
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            return articleName ? "a link to a file that does not exist; nothing was read" : null;
        } catch (IOException e) {
            if (!articleName) {
                return null;
            }
            return loops(link) ? "a link that never reaches a file (a loop of links); nothing was read"
                    : "a link that cannot be followed (" + e.getMessage() + "); nothing was read";
        }
        if (target.isDirectory()) {
            return "a link to a folder (" + real + "); links to folders are not followed, so nothing in it was imported";
        }
        if (!articleName) {
            return null;
        }
        if (!real.startsWith(root)) {
            return "a link to a file outside the folder (" + real + "); not imported: name the file itself to import it";
        }
        return null;
    }

    private static boolean loops(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(p)) {
                if (!seen.add(p) || seen.size() > MAX_CHAIN) {
                    return true;
                }
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
