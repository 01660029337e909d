package hamish.io;

import hamish.model.EntityType;
import java.util.List;

/**
 * One line of {@code hamish entity alias --from}: more names for an entity, named by its id, name or an alias.
 * {@code typeIfNew} is null unless the line gives a type, in which case an entity of that name is created when
 * none exists yet.
 */
public record AliasLine(long line, String entity, EntityType typeIfNew, List<String> aliases) {

    public AliasLine {
        aliases = List.copyOf(aliases);
    }
}
