package hamish.analysis;

import hamish.model.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place {@link EntityDiscovery} proposes: the longest full form seen as its name,
 * every form in which the documents write it, the documents (indices into the texts given) and why it was
 * proposed.
 *
 * @param evidence short reasons: "role: الأمير", "speaker", "in 3 documents"
 */
public record DiscoveredEntity(String name, EntityType type, List<Form> forms, List<Integer> documents, List<String> evidence) {

    /** One way the texts write the entity, how often, and in which documents. */
    public record Form(String text, int count, List<Integer> documents) {
    }

    public DiscoveredEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        forms = List.copyOf(forms);
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
    }

    /** The forms other than the name: what becomes the entity's aliases when it is accepted. */
    public List<String> aliases() {
        return forms.stream().map(Form::text).filter(f -> !f.equals(name)).toList();
    }

    public int mentions() {
        return forms.stream().mapToInt(Form::count).sum();
    }
}
