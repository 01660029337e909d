package hamish.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One window per database: the window holds an exclusive OS lock on {@code <db>.lock} for as long as it
 * has the database open, and a second window on the same file is refused before it opens anything
 * (see docs/decisions/0008-one-window-per-database.md). The command line does not take this lock.
 *
 * <p>The OS releases the lock when the process dies, so a crashed window never leaves the file locked;
 * a leftover {@code .lock} file locks nothing.
 */
public final class InstanceLock implements AutoCloseable {

    /**
     * Lock files this process holds. Asked before opening a lock file: closing a second channel on a file
     * this process has locked would release the lock (POSIX drops all of a process's locks on a file when
     * any of its descriptors closes), letting another process in.
     */
    private static final Set<Path> HELD = new HashSet<>();
    /** Channels that met this process's own lock through another name of the file: kept open, see tryAcquire. */
    private static final List<FileChannel> PARKED = new ArrayList<>();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object key;
    private final Path identity;

    private InstanceLock(Path lockFile, FileChannel channel, FileLock lock) throws IOException {
        this.lockFile = lockFile;
        this.identity = identity(lockFile);
        this.channel = channel;
        this.lock = lock;
        // For a curious user who finds the file; nothing reads it.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("Hamish window, process " + ProcessHandle.current().pid() + "\n")
                .getBytes(StandardCharsets.UTF_8)), 0);
        this.key = fileKey(lockFile);
    }

    /** Locks {@code databaseFile} for this window, or throws {@link DatabaseInUseException} when another window has it. */
    public static InstanceLock acquire(Path databaseFile) {
        Path lockFile = lockFileOf(databaseFile);
        synchronized (HELD) {
            if (HELD.contains(identity(lockFile))) {
                throw new DatabaseInUseException(inUse(databaseFile));
            }
            InstanceLock held = acquireUnregistered(databaseFile, lockFile);
            HELD.add(held.identity);
            return held;
        }
    }

    private static InstanceLock acquireUnregistered(Path databaseFile, Path lockFile) {
        // Twice at most: a window closing at this very moment deletes the lock file we may have just opened.
        for (int attempt = 0; ; attempt++) {
            Object keyBeforeOpening = fileKey(lockFile);
            InstanceLock held = tryAcquire(databaseFile, lockFile);
            if (sameFile(keyBeforeOpening, lockFile)) {
                return held;
            }
            held.release();
            if (attempt == 1) {
                throw new DatabaseInUseException(inUse(databaseFile));
            }
        }
    }

    /** {@code <db>.lock}, beside the database. */
    public static Path lockFileOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
    }

    public Path file() {
        return lockFile;
    }

    /** Deletes the lock file, then releases the lock, so no other window can lock a file about to vanish. */
    @Override
    public void close() {
        try {
            if (lock.isValid() && key != null && key.equals(fileKey(lockFile))) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            // A lock file left behind is harmless: the lock itself goes with the channel.
        }
        release();
    }

    private void release() {
        synchronized (HELD) {
            HELD.remove(identity);
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the OS lock even when it reports an error.
        }
    }

    private static InstanceLock tryAcquire(Path databaseFile, Path lockFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot open " + databaseFile + ": cannot create its lock file " + lockFile
                    + " (" + reason(e) + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another window of this process holds it under another name (a hard link): closing this
            // channel would release that window's lock, so it stays open.
            synchronized (PARKED) {
                PARKED.add(channel);
            }
            throw new DatabaseInUseException(inUse(databaseFile));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot open " + databaseFile + ": cannot lock " + lockFile + " (" + reason(e) + ")", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DatabaseInUseException(inUse(databaseFile));
        }
        try {
            return new InstanceLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot open " + databaseFile + ": cannot write its lock file " + lockFile
                    + " (" + reason(e) + ")", e);
        }
    }

    /**
     * True when the path still names the file we locked. A window closing at the same moment deletes its
     * lock file, and we may have opened that file just before: then we would hold a lock nobody else sees.
     * Compared by file key (device and inode), read with stat: opening the file again to compare its
     * contents would release the lock, since closing any descriptor of a file drops the process's POSIX locks.
     */
    private static boolean sameFile(Object keyBeforeOpening, Path lockFile) {
        if (keyBeforeOpening == null) {
            return true; // the file was new (or this system has no file keys, and locks that forbid deleting)
        }
        return keyBeforeOpening.equals(fileKey(lockFile));
    }

    /** The lock file's real path (symbolic links and ".." resolved), so two spellings of one database conflict. */
    private static Path identity(Path lockFile) {
        try {
            return lockFile.toRealPath();
        } catch (IOException e) {
            Path absolute = lockFile.toAbsolutePath().normalize();
            try {
                return absolute.getParent().toRealPath().resolve(absolute.getFileName());
            } catch (IOException | NullPointerException noFolder) {
                return absolute;
            }
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static String inUse(Path databaseFile) {
        return databaseFile + " is already open in another Hamish window; close it there first";
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was locked through it.
        }
    }
}
