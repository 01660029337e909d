package hamish.text;

import hamish.model.Entity;
import hamish.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes the mentions of an entity in a text, Arabic-aware: the folded name or an alias with its
 * proclitics (EXACT); the same skeleton — غ/ج/ق for a foreign g, long vowels written or not — or the name
 * without its article (VARIANT: جانتس for غانتس, بنتاغون for البنتاجون); one substituted letter (TYPO:
 * لوستن for أوستن). Variant keys are compared with the entity's names only, never used to fold the text.
 *
 * <p>This class scans every word of the text; {@link MentionIndex} gives the same answers from an index
 * built once per text, for many entities. Where proposals of one entity overlap, the stronger one is kept,
 * and among equals the longer one: بيني غانتس rather than غانتس inside it.
 */
public final class MentionProposer {

    /**
     * @param relatedForms also propose the nisba forms (الإسرائيلي for إسرائيل) as VARIANT
     * @param includeNameParts also propose a single part (four letters or more) of a person's multi-word
     *     name as VARIANT (لويد for لويد أوستن)
     * @param typos propose one-letter substitutions as TYPO
     * @param personForms propose the forms of a person's name ({@link PersonNameForms}) as FORM
     * @param common words never proposed as a variant or typo of a name
     */
    public record Options(boolean relatedForms, boolean includeNameParts, boolean typos, boolean personForms,
                          CommonWords common) {
        public static final Options DEFAULT = new Options(false, false, true);

        public Options(boolean relatedForms, boolean includeNameParts, boolean typos) {
            this(relatedForms, includeNameParts, typos, true, CommonWords.builtIn());
        }

        public Options withRelatedForms(boolean on) {
            return new Options(on, includeNameParts, typos, personForms, common);
        }

        public Options withNameParts(boolean on) {
            return new Options(relatedForms, on, typos, personForms, common);
        }

        public Options withPersonForms(boolean on) {
            return new Options(relatedForms, includeNameParts, typos, on, common);
        }

        public Options withCommonWords(CommonWords words) {
            return new Options(relatedForms, includeNameParts, typos, personForms, words);
        }
    }

    /**
     * EXACT first, then FORM and VARIANT as one tier where the longer wins (جوردون فالك, a variant of the
     * full name, over the surname فالك inside it), then TYPO.
     */
    private static final Comparator<MentionProposal> STRONGEST_FIRST = Comparator
            .comparing((MentionProposal p) -> tier(p.confidence()))
            .thenComparing(p -> -p.span().length())
            .thenComparing(MentionProposal::confidence)
            .thenComparing(MentionProposal::span);

    private final Options options;

    public MentionProposer() {
        this(Options.DEFAULT);
    }

    public MentionProposer(Options options) {
        this.options = options;
    }

    public List<MentionProposal> propose(Entity entity, String text) {
        return propose(EntityNames.of(entity, options), FoldedTokens.of(text));
    }

    public List<MentionProposal> propose(Entity entity, FoldedTokens tokens) {
        return propose(EntityNames.of(entity, options), tokens);
    }

    /** Proposals of {@code names} (with their own options), trying every word of the text. */
    public static List<MentionProposal> propose(EntityNames names, FoldedTokens tokens) {
        TokenKeys keys = new TokenKeys(tokens);
        List<MentionProposal> found = new ArrayList<>();
        List<MentionProposal> parts = new ArrayList<>();
        for (NamePattern pattern : names.patterns()) {
            for (int i = 0; i < keys.size(); i++) {
                MentionProposal p = pattern.matchAt(keys, i, names.matcher(), names.options().typos());
                if (p != null) {
                    (pattern.isPart() ? parts : found).add(p);
                }
            }
        }
        for (NameUnitsPattern lineage : names.lineages()) {
            for (int i = 0; i < keys.size(); i++) {
                MentionProposal p = lineage.matchAt(keys, i);
                if (p != null) {
                    found.add(p);
                }
            }
        }
        return resolve(found, parts, tokens.text());
    }

    /**
     * The proposals to show: of overlapping ones the strongest, then longest; then the name parts that
     * neither overlap nor directly precede or follow a kept proposal (بيني before an exact جانتس is part of
     * the same mention, not another one). In text order.
     */
    static List<MentionProposal> resolve(List<MentionProposal> names, List<MentionProposal> parts, String text) {
        List<MentionProposal> kept = new ArrayList<>(resolveOverlaps(names));
        for (MentionProposal part : resolveOverlaps(parts)) {
            if (kept.stream().noneMatch(k -> touches(text, k.span(), part.span()))) {
                kept.add(part);
            }
        }
        kept.sort(Comparator.comparing(MentionProposal::span));
        return kept;
    }

    private static boolean touches(String text, Span a, Span b) {
        if (a.intersects(b)) {
            return true;
        }
        Span gap = a.end() <= b.start() ? new Span(a.end(), b.start()) : new Span(b.end(), a.start());
        return gap.of(text).isBlank();
    }

    private static int tier(MentionProposal.Confidence c) {
        return switch (c) {
            case EXACT -> 0;
            case FORM, VARIANT -> 1;
            case TYPO -> 2;
        };
    }

    /** Keeps, of proposals that overlap, the strongest and then longest; returns them in text order. */
    static List<MentionProposal> resolveOverlaps(List<MentionProposal> proposals) {
        List<MentionProposal> sorted = new ArrayList<>(proposals);
        sorted.sort(STRONGEST_FIRST);
        List<MentionProposal> kept = new ArrayList<>();
        for (MentionProposal p : sorted) {
            if (kept.stream().noneMatch(k -> k.span().intersects(p.span()))) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparing(MentionProposal::span));
        return kept;
    }
}
