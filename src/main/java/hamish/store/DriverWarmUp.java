package hamish.store;

import java.sql.DriverManager;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Loads sqlite-jdbc on a second thread while the command line is still being parsed, so that a command's first
 * {@link Database#open} finds it ready. Its first connection loads the driver's classes and native library and
 * builds the connection's default date format, which reads the JDK's CLDR locale data: 0.1 s of {@code hamish list}
 * (class-load log), spent while picocli, on the main thread, loads and verifies its own classes for 0.2 s. Nothing
 * here touches a file: which database, and whether one is opened at all, is still the command's decision.
 */
public final class DriverWarmUp {

    private DriverWarmUp() {
    }

    /** Starts the warm-up on a daemon thread: it never holds the JVM open, and the command does not wait for it. */
    public static void start() {
        Thread thread = new Thread(DriverWarmUp::run, "sqlite warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        try {
            SQLiteJDBCLoader.initialize();
            // DriverManager's first use looks up every driver on the class path (ServiceLoader) and loads them.
            DriverManager.getDrivers();
            // Builds the default date format as every connection does; sqlite-jdbc caches it by pattern and locale.
            new SQLiteConfig().newConnectionConfig();
        } catch (Exception | LinkageError e) {
            // Nothing to report from here: the command's own open meets the same failure and reports it.
        }
    }
}
