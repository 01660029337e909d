package hamish.io;

/** Hears how far a long export or import is, on the calling thread (the window hands it to its progress bar). */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
