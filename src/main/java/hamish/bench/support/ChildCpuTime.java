package hamish.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time (user + system) of this JVM's child processes that have ended and been waited for, from Linux's
 * /proc/self/stat (cutime, cstime): read before and after a child runs, the difference is that child's CPU time,
 * which a shared machine's load moves much less than its wall time. -1 where there is no /proc.
 */
public final class ChildCpuTime {

    /** The kernel's USER_HZ, the unit of /proc's times: 100 on every Linux the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ChildCpuTime() {
    }

    /** Seconds of CPU used so far by the children this JVM has waited for; -1 when /proc/self/stat cannot be read. */
    public static double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The command name (field 2) is in brackets and may hold spaces: fields are counted after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long cutime = Long.parseLong(fields[16 - 3]);
            long cstime = Long.parseLong(fields[17 - 3]);
            return (cutime + cstime) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
