package hamish.bench;

/**
 * The JVM floor for {@code hamish bench list}: a main that only exits, as {@code hamish.Main} does, started like the
 * command line (same java, same class path), so the time of {@code list} beyond starting a JVM can be told apart.
 * It prints nothing: only the command line prints (ArchitectureTest), and one line costs nothing to compare.
 */
public final class TrivialMain {

    private TrivialMain() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
