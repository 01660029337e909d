package hamish.app;

import hamish.io.AliasLine;
import hamish.io.AliasLines;
import hamish.io.LineSink;
import hamish.model.Entity;
import hamish.store.Stores;
import java.io.BufferedReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * More names for many entities from a pipeline in one process ({@code hamish entity alias --from FILE|-}): each line
 * names an entity (id, name or alias) and its new aliases; an unknown entity is created when the line gives its type,
 * and is otherwise a bad line, reported with its number and skipped. The good lines are committed in batches, each
 * one transaction, and reported once committed.
 */
public final class BatchAliasing {

    public static final int BATCH_LINES = 500;

    private final Stores stores;
    private final EntityRegister register;
    private final EntityMentions mentions;

    public BatchAliasing(Stores stores, Clock clock) {
        this.stores = stores;
        this.register = new EntityRegister(stores, clock);
        this.mentions = new EntityMentions(stores);
    }

    public LineSummary run(BufferedReader in, LineListener<Entity> listener) {
        LineBatch<AliasLine, Entity> batch = new LineBatch<>(BATCH_LINES, this::commit, listener);
        AliasLines.read(in, new LineSink<>() {
            @Override
            public void line(AliasLine line) {
                try {
                    EntityRegister.requireLetters(line.aliases());
                    if (line.typeIfNew() != null) {
                        EntityRegister.requireLetters(List.of(line.entity()));
                    }
                } catch (IllegalArgumentException e) {
                    batch.bad(line.line(), e.getMessage());
                    return;
                }
                if (line.typeIfNew() == null && mentions.find(line.entity()).isEmpty()) {
                    // An earlier line of this batch may create the entity or give it this name: commit it and look again.
                    batch.commit();
                    if (mentions.find(line.entity()).isEmpty()) {
                        batch.bad(line.line(), "no entity with id or name \"" + line.entity() + "\" (give \"type\" to create it)");
                        return;
                    }
                }
                batch.add(line.line(), line);
            }

            @Override
            public void bad(long line, String problem) {
                batch.bad(line, problem);
            }
        });
        batch.commit();
        return new LineSummary(batch.done(), batch.bad());
    }

    /** One transaction: an entity created by an earlier line of the batch is found by a later one. */
    private List<Entity> commit(List<AliasLine> lines) {
        return stores.inTransaction(() -> {
            List<Entity> stored = new ArrayList<>();
            for (AliasLine line : lines) {
                Optional<Entity> known = mentions.find(line.entity());
                stored.add(known.isPresent() ? register.alias(Origin.COMMAND_LINE, known.get(), line.aliases())
                        : register.add(Origin.COMMAND_LINE, line.entity(), line.typeIfNew(), line.aliases()).entity());
            }
            return stored;
        });
    }
}
