package hamish.bench;

/**
 * The JVM floor for {@code hamish bench list}: a main that prints one line and exits, started like the command line
 * (same java, same class path), so the time of {@code list} beyond starting a JVM can be told apart.
 */
public final class TrivialMain {

    private TrivialMain() {
    }

    public static void main(String[] args) {
        System.out.println("started");
    }
}
