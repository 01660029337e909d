package hamish.ui.common;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Gathers the tables other users changed over a short pause and hands them on as one set, on the FX thread: ten
 * annotators writing at once make a few rereads a second in each window, not one per write, and a change still shows
 * well within a second.
 */
public final class ChangeBatcher {

    private final Set<String> gathered = new HashSet<>();
    private final PauseTransition pause;

    public ChangeBatcher(Duration window, Consumer<Set<String>> deliver) {
        pause = new PauseTransition(window);
        pause.setOnFinished(e -> {
            Set<String> tables = Set.copyOf(gathered);
            gathered.clear();
            deliver.accept(tables);
        });
    }

    /** Call on the FX thread; the pause starts with the first table of a batch and is not prolonged by later ones. */
    public void add(Set<String> tables) {
        boolean first = gathered.isEmpty();
        gathered.addAll(tables);
        if (first && !gathered.isEmpty()) {
            pause.playFromStart();
        }
    }
}
