package hamish.ui.reader;

import hamish.ui.bench.ReaderBenchCommand;
import picocli.CommandLine;

/** Runs {@code hamish bench reader} without the CLI wiring, for a display such as Xvfb. */
public final class ReaderBenchMain {

    private ReaderBenchMain() {
    }

    public static void main(String[] args) {
        int code = new CommandLine(new ReaderBenchCommand()).execute(args);
        System.exit(code);
    }
}
