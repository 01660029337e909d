package hamish.text;

import hamish.model.Entity;
import hamish.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The names of one entity prepared for matching: canonical name and aliases (each once, by folded form)
 * and, when asked for a person, the parts of its multi-word names. Prepare once, look up in many texts.
 */
public final class EntityNames {

    /** Parts shorter than this (جو, أبو) are too common to propose on their own. */
    static final int MIN_PART_LETTERS = 4;

    private final Entity entity;
    private final MentionProposer.Options options;
    private final ProcliticMatcher matcher;
    private final List<NamePattern> patterns;
    private final List<NameUnitsPattern> lineages;

    private EntityNames(Entity entity, MentionProposer.Options options, Set<String> removedKeys) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.options = Objects.requireNonNull(options, "options");
        this.matcher = new ProcliticMatcher(options.relatedForms());
        List<String> names = new ArrayList<>();
        names.add(entity.canonicalName());
        names.addAll(entity.aliases());
        Set<String> seen = new HashSet<>();
        List<NamePattern> built = new ArrayList<>();
        List<NameUnitsPattern> longForms = new ArrayList<>();
        boolean person = entity.type() == EntityType.PERSON;
        if (person && options.personForms()) {
            for (PersonNameForms.Generated g : PersonNameForms.generate(entity, options.common(), removedKeys)) {
                if (g.lineage() != null) {
                    longForms.add(g.lineage());
                } else if (seen.add(String.join(" ", Term.parse(g.form().text()).words()))) {
                    NamePattern.Role role = g.fullName() ? NamePattern.Role.NAME : NamePattern.Role.FORM;
                    built.add(new NamePattern(g.form().text(), role, options.relatedForms(), true, g.needsTitle(), options.common()));
                }
            }
        } else {
            for (String name : names) {
                if (!name.isBlank() && seen.add(String.join(" ", Term.parse(name).words()))) {
                    built.add(new NamePattern(name.strip(), NamePattern.Role.NAME, options.relatedForms(), false, false,
                            options.common()));
                }
            }
        }
        if (options.includeNameParts() && entity.type() == EntityType.PERSON) {
            for (String name : names) {
                List<Token> words = WordTokenizer.tokenize(name);
                for (int k = 0; words.size() > 1 && k < words.size(); k++) {
                    String folded = ArabicNormalizer.fold(words.get(k).text());
                    if (NameKeys.letterCount(folded) >= MIN_PART_LETTERS && seen.add(folded)) {
                        built.add(new NamePattern(words.get(k).text(), true, false));
                    }
                }
            }
        }
        this.patterns = built.stream().filter(p -> !p.isEmpty()).toList();
        this.lineages = List.copyOf(longForms);
    }

    public static EntityNames of(Entity entity) {
        return of(entity, MentionProposer.Options.DEFAULT);
    }

    public static EntityNames of(Entity entity, MentionProposer.Options options) {
        return new EntityNames(entity, options, Set.of());
    }

    /** As {@link #of(Entity, MentionProposer.Options)}, without the generated forms whose key the user removed. */
    public static EntityNames of(Entity entity, MentionProposer.Options options, Set<String> removedKeys) {
        return new EntityNames(entity, options, Set.copyOf(removedKeys));
    }

    public Entity entity() {
        return entity;
    }

    public MentionProposer.Options options() {
        return options;
    }

    List<NamePattern> patterns() {
        return patterns;
    }

    /** The long forms with a chain of fathers: matched by their own judge, not a fixed term. */
    List<NameUnitsPattern> lineages() {
        return lineages;
    }

    ProcliticMatcher matcher() {
        return matcher;
    }
}
