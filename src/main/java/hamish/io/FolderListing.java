package hamish.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What an imported folder holds: the article files to read (links to files inside the folder among them),
 * and the links that were not followed, each refused with its reason, so nothing is skipped unsaid.
 */
public record FolderListing(List<Path> files, List<ImportOutcome> refused) {

    public FolderListing {
        files = List.copyOf(files);
        refused = List.copyOf(refused);
    }
}
