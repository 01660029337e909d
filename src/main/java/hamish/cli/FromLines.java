package hamish.cli;

import hamish.app.LineListener;
import hamish.app.LineSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's {@code --from FILE|-} options: JSON Lines from a file or standard input, read as strict
 * UTF-8 (a file in another encoding is refused, not read as mojibake). Each stored line is printed as
 * LINE&lt;TAB&gt;ID once its batch is committed, each bad line on standard error with its number, and the counts
 * at the end; the exit code is 1 when any line was bad.
 */
final class FromLines {

    private FromLines() {
    }

    static <R> int run(CommandSpec spec, String from, Function<R, Object> idOf, BiFunction<BufferedReader, LineListener<R>, LineSummary> work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (BufferedReader in = open(from)) {
            LineSummary s = work.apply(in, new LineListener<>() {
                @Override
                public void stored(long line, R result) {
                    out.println(line + "\t" + idOf.apply(result));
                }

                @Override
                public void bad(long line, String problem) {
                    err.println("bad line   " + line + ": " + TerminalText.line(problem));
                }
            });
            err.printf("%d stored, %d bad%n", s.stored(), s.bad());
            out.flush();
            err.flush();
            return s.bad() > 0 ? CliExceptionHandler.FAILED : 0;
        } catch (IOException e) {
            throw new CliFailure(from + ": cannot be read (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new CliFailure(from + ": cannot be read as UTF-8 text (" + e.getCause().getMessage() + ")");
        }
    }

    private static BufferedReader open(String from) throws IOException {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream in = "-".equals(from) ? System.in : Files.newInputStream(Path.of(from));
        return new BufferedReader(new InputStreamReader(in, utf8), 1 << 16);
    }
}
