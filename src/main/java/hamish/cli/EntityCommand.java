package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import hamish.analysis.EntityProposal;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.app.EntityForms;
import hamish.app.BatchAliasing;
import hamish.app.EntityMentions;
import hamish.app.EntityRegister;
import hamish.app.Linking;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.store.EntityCreation;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hamish entity}: the entities kept by hand (list, add, alias, merge), and what "Find mentions" sees of
 * one (forms, propose), from the command line.
 */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"List, add, name and merge entities; show how an entity's mentions are found: its name forms,",
                "and the mentions proposed in the documents."},
        subcommands = {EntityCommand.ListEntities.class, EntityCommand.Add.class, EntityCommand.Alias.class,
                EntityCommand.Merge.class, EntityCommand.Propose.class, EntityCommand.Forms.class})
final class EntityCommand extends DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    private static Entity entity(EntityMentions mentions, String nameOrId) {
        return mentions.find(nameOrId).orElseThrow(() -> new CliFailure("no entity with id or name \"" + nameOrId
                + "\" (an entity is created by tagging a mention with --entity, or in the window)"));
    }

    /** One entity on one line: "5\tغوردون فالك\tperson\tفالك; غ. فالك" ("-" when it has no alias). */
    static String line(Entity e) {
        return e.id() + "\t" + TerminalText.line(e.canonicalName()) + "\t" + EntityTypes.word(e.type()) + "\t"
                + (e.aliases().isEmpty() ? "-" : TerminalText.line(String.join("; ", e.aliases())));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Every entity, by name: id, name, type, aliases (separated by \"; \", \"-\" for none) and",
                    "the number of annotations that name it, tab-separated."})
    static final class ListEntities implements Callable<Integer> {

        @ParentCommand
        EntityCommand entity;

        @Option(names = "--json", description = "print the entities as JSON")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = entity.spec.commandLine().getOut();
            try (Stores stores = entity.openStores()) {
                List<EntityRegister.Listed> listed = new EntityRegister(stores, Clock.systemUTC()).list();
                if (json) {
                    ArrayNode list = new ObjectMapper().createArrayNode();
                    for (EntityRegister.Listed l : listed) {
                        ObjectNode o = list.addObject().put("id", l.entity().id()).put("name", l.entity().canonicalName())
                                .put("type", EntityTypes.word(l.entity().type()));
                        ArrayNode aliases = o.putArray("aliases");
                        l.entity().aliases().forEach(aliases::add);
                        o.put("mentions", l.mentions());
                    }
                    out.println(list.toPrettyString());
                } else {
                    for (EntityRegister.Listed l : listed) {
                        out.println(line(l.entity()) + "\t" + l.mentions());
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Find the entity of this name (its name or an alias, ignoring hamza forms and harakat) or",
                    "create it; the aliases given are added either way. Prints \"created\" or \"exists\", then the",
                    "entity. An existing entity keeps its type."})
    static final class Add implements Callable<Integer> {

        @ParentCommand
        EntityCommand entity;

        @Parameters(paramLabel = "NAME", description = "the entity's name")
        String name;

        @Option(names = "--alias", paramLabel = "FORM", description = "another name for it (repeatable)")
        List<String> aliases = List.of();

        @Option(names = "--type", paramLabel = "TYPE", converter = EntityTypes.class,
                description = "person, organisation, place or misc (default: person) for a new entity")
        EntityType type = EntityType.PERSON;

        @Override
        public Integer call() {
            PrintWriter out = entity.spec.commandLine().getOut();
            try (Stores stores = entity.openStores()) {
                EntityCreation added;
                try {
                    added = new EntityRegister(stores, Clock.systemUTC()).add(Origin.COMMAND_LINE, name, type, aliases);
                } catch (IllegalArgumentException bad) {
                    throw new CliFailure(bad.getMessage());
                }
                out.println((added.created() ? "created\t" : "exists\t") + line(added.entity()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = {"Add other names to an entity (forms it already has are skipped); prints the entity.",
                    "With --from FILE (or - for standard input): one JSON object per line, all in this one process,",
                    "  {\"entity\": \"غوردون فالك\", \"alias\": \"فالك\"} or {\"entity\": 5, \"aliases\": [\"فالك\", \"غ. فالك\"]};",
                    "  with \"type\": \"person\" (organisation, place, misc) an entity of that name is created if there is none.",
                    "  Each line is checked and a bad one is reported with its number and skipped; the good ones are committed",
                    "  " + BatchAliasing.BATCH_LINES + " at a time and printed once committed: LINE<TAB>ENTITY-ID. Exit code 1 when any line was bad."})
    static final class Alias implements Callable<Integer> {

        @ParentCommand
        EntityCommand entity;

        @Parameters(index = "0", arity = "0..1", paramLabel = "ENTITY", description = "entity id, name or alias")
        String nameOrId;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "FORM", description = "the names to add")
        List<String> forms;

        @Option(names = "--from", paramLabel = "FILE|-", description = "alias lines (JSON Lines) from a file or standard input")
        String from;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (from != null) {
                if (nameOrId != null) {
                    throw new CliFailure("--from reads the entities and their aliases from its lines; give no ENTITY or FORM with it");
                }
                try (Stores stores = entity.openStores()) {
                    return FromLines.run(entity.spec, from, Entity::id,
                            (in, listener) -> new BatchAliasing(stores, Clock.systemUTC()).run(in, listener));
                }
            }
            if (nameOrId == null || forms == null || forms.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give ENTITY and at least one FORM (or --from FILE)");
            }
            PrintWriter out = entity.spec.commandLine().getOut();
            try (Stores stores = entity.openStores()) {
                Entity e = entity(new EntityMentions(stores), nameOrId);
                try {
                    e = new EntityRegister(stores, Clock.systemUTC()).alias(Origin.COMMAND_LINE, e, forms);
                } catch (IllegalArgumentException bad) {
                    throw new CliFailure(bad.getMessage());
                }
                out.println(line(e));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Make OTHER part of KEEP: its mentions name KEEP, its name and aliases become KEEP's aliases,",
                    "and it is removed. The window's undo of its own later steps is unaffected; prints the kept entity."})
    static final class Merge implements Callable<Integer> {

        @ParentCommand
        EntityCommand entity;

        @Parameters(index = "0", paramLabel = "KEEP", description = "the entity kept (id, name or alias)")
        String keep;

        @Parameters(index = "1", paramLabel = "OTHER", description = "the entity merged into it (id, name or alias)")
        String other;

        @Override
        public Integer call() {
            PrintWriter out = entity.spec.commandLine().getOut();
            try (Stores stores = entity.openStores()) {
                EntityMentions mentions = new EntityMentions(stores);
                Entity kept = entity(mentions, keep);
                Entity merged = entity(mentions, other);
                if (kept.id() == merged.id()) {
                    throw new CliFailure("\"" + keep + "\" and \"" + other + "\" are the same entity (" + kept.id() + ")");
                }
                new Linking(stores, new EditHistory(), Clock.systemUTC()).merge(Origin.COMMAND_LINE, kept.id(), merged.id());
                out.println("merged\t" + merged.id() + "\t" + TerminalText.line(merged.canonicalName()));
                out.println(line(stores.entities().get(kept.id()).orElseThrow()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = {"The mentions \"Find mentions\" would propose for the entity, with their kind:",
                    "exact (a name or alias), form (surname, name without first name, lineage), variant (spelling),",
                    "typo (one letter off: reviewed one by one, never taken by Accept all). Spans already tagged",
                    "with the entity are left out. Nothing is stored."})
    static final class Propose implements Callable<Integer> {

        @ParentCommand
        EntityCommand entity;

        @Parameters(paramLabel = "ENTITY", description = "entity id, name or alias")
        String nameOrId;

        @Option(names = "--doc", paramLabel = "ID", description = "only in these documents (repeatable; default: all)")
        List<Long> docs = List.of();

        @Option(names = "--json", description = "print the proposals as JSON")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = entity.spec.commandLine().getOut();
            try (Stores stores = entity.openStores()) {
                EntityMentions mentions = new EntityMentions(stores);
                Entity e = entity(mentions, nameOrId);
                List<EntityProposal> found;
                try {
                    found = mentions.propose(e, docs);
                } catch (IllegalArgumentException bad) {
                    throw new CliFailure(bad.getMessage());
                }
                if (json) {
                    ArrayNode list = new ObjectMapper().createArrayNode();
                    for (EntityProposal p : found) {
                        list.addObject().put("documentId", p.documentId()).put("start", p.span().start()).put("end", p.span().end())
                                .put("surface", p.proposal().surface()).put("kind", kind(p)).put("reason", p.proposal().reason());
                    }
                    out.println(list.toPrettyString());
                } else {
                    for (EntityProposal p : found) {
                        out.printf("doc %d\t%d\t%d\t%s\t%s\t%s%n", p.documentId(), p.span().start(), p.span().end(),
                                TerminalText.flat(p.proposal().surface()), kind(p), TerminalText.line(p.proposal().reason()));
                    }
                    out.printf("%d proposal(s) for %s%n", found.size(), TerminalText.line(e.canonicalName()));
                }
            }
            out.flush();
            return 0;
        }

        private static String kind(EntityProposal p) {
            return p.proposal().confidence().name().toLowerCase(Locale.ROOT);
        }
    }

    @Command(name = "forms", mixinStandardHelpOptions = true,
            description = {"The forms of the entity's names that are looked for, with their kind. A person's names",
                    "give the surname, the name without its first name, shorter and longer lineages; never the first",
                    "name alone (add it as an alias to look for it). Organisations and places: their names only.",
                    "A form the user removed is marked \"removed\" and is not proposed. --remove removes forms: a",
                    "generated one is no longer proposed for this entity (every spelling that folds alike), an alias",
                    "is deleted; the name itself cannot be removed. --restore gives removed generated forms back."})
    static final class Forms implements Callable<Integer> {

        @ParentCommand
        EntityCommand entity;

        @Parameters(paramLabel = "ENTITY", description = "entity id, name or alias")
        String nameOrId;

        @Option(names = "--remove", arity = "1..*", paramLabel = "FORM", description = "forms to remove (repeatable)")
        List<String> remove = List.of();

        @Option(names = "--restore", arity = "1..*", paramLabel = "FORM", description = "removed forms to give back (repeatable)")
        List<String> restore = List.of();

        @Option(names = "--json", description = "print the forms as JSON")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = entity.spec.commandLine().getOut();
            try (Stores stores = entity.openStores()) {
                Entity e = entity(new EntityMentions(stores), nameOrId);
                EntityForms forms = new EntityForms(stores, new EditHistory(), Clock.systemUTC());
                // Each form is its own step, so one refused form leaves those before it done and says which it was.
                try {
                    for (String form : remove) {
                        forms.remove(Origin.COMMAND_LINE, e.id(), form);
                        out.println("removed\t" + TerminalText.line(form.strip()));
                    }
                    for (String form : restore) {
                        forms.restore(Origin.COMMAND_LINE, e.id(), form);
                        out.println("restored\t" + TerminalText.line(form.strip()));
                    }
                } catch (IllegalArgumentException bad) {
                    out.flush();
                    throw new CliFailure(bad.getMessage());
                }
                print(out, forms.list(e.id()));
            }
            out.flush();
            return 0;
        }

        private void print(PrintWriter out, List<EntityForms.Form> forms) {
            if (json) {
                ArrayNode list = new ObjectMapper().createArrayNode();
                for (EntityForms.Form f : forms) {
                    list.addObject().put("form", f.text()).put("kind", kind(f)).put("removed", f.restorable())
                            .put("removable", f.removable());
                }
                out.println(list.toPrettyString());
            } else {
                for (EntityForms.Form f : forms) {
                    out.println(TerminalText.line(f.text()) + "\t" + kind(f) + (f.restorable() ? "\tremoved" : ""));
                }
            }
        }

        /** The kind as a word: an alias is a name the user gave, not the entity's own name. */
        private static String kind(EntityForms.Form f) {
            if (f.status() == EntityForms.Status.ALIAS) {
                return "alias";
            }
            return f.kind() == null ? "no longer generated" : f.kind().label();
        }
    }
}
