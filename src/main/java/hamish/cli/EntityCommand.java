package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import hamish.analysis.EntityProposal;
import hamish.app.EntityMentions;
import hamish.model.Entity;
import hamish.store.Stores;
import hamish.text.NameForm;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hamish entity}: what "Find mentions" sees of an entity, from the command line. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Show how an entity's mentions are found: its name forms, and the mentions proposed in the documents.",
        subcommands = {EntityCommand.Propose.class, EntityCommand.Forms.class})
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
                                p.proposal().surface(), kind(p), p.proposal().reason());
                    }
                    out.printf("%d proposal(s) for %s%n", found.size(), e.canonicalName());
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
                    "name alone (add it as an alias to look for it). Organisations and places: their names only."})
    static final class Forms implements Callable<Integer> {

        @ParentCommand
        EntityCommand entity;

        @Parameters(paramLabel = "ENTITY", description = "entity id, name or alias")
        String nameOrId;

        @Override
        public Integer call() {
            PrintWriter out = entity.spec.commandLine().getOut();
            try (Stores stores = entity.openStores()) {
                EntityMentions mentions = new EntityMentions(stores);
                Entity e = entity(mentions, nameOrId);
                for (NameForm f : mentions.forms(e)) {
                    out.printf("%s\t%s%n", f.text(), f.kind().label());
                }
            }
            out.flush();
            return 0;
        }
    }
}
