package hamish.text;

import hamish.model.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one text indexed by their name keys, built once so that many entities are looked up
 * without scanning the text for each. Positions are kept per distinct folded word; every core of a
 * distinct word (the word, and the word without each possible proclitic) is filed under its skeleton and
 * its length. A name is then tried only at the words whose core shares a skeleton with its first word, or,
 * for typos, has its length and differs in one letter; the proposals are exactly those of
 * {@link MentionProposer}, which tries every word.
 */
public final class MentionIndex {

    private final TokenKeys keys;
    private final Map<String, IntList> positions;
    private final Map<String, List<WordKeys>> bySkeleton;
    private final Map<Integer, List<String[]>> coresByLength;

    private MentionIndex(FoldedTokens tokens) {
        this.keys = new TokenKeys(tokens);
        this.positions = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            positions.computeIfAbsent(tokens.folded(i), w -> new IntList()).add(i);
        }
        this.bySkeleton = new HashMap<>(positions.size() * 2);
        this.coresByLength = new HashMap<>();
        for (String word : positions.keySet()) {
            WordKeys w = WordKeys.of(word);
            for (int k = 0; k < w.cores(); k++) {
                bySkeleton.computeIfAbsent(w.skeletons[k], s -> new ArrayList<>(1)).add(w);
                String core = w.core(k);
                coresByLength.computeIfAbsent(core.length(), n -> new ArrayList<>()).add(new String[] {core, word});
            }
        }
    }

    public static MentionIndex of(String text) {
        return new MentionIndex(FoldedTokens.of(text));
    }

    public static MentionIndex of(FoldedTokens tokens) {
        return new MentionIndex(tokens);
    }

    public FoldedTokens tokens() {
        return keys.tokens();
    }

    /** Proposals for {@code entity} with the default options. */
    public List<MentionProposal> proposals(Entity entity) {
        return proposals(EntityNames.of(entity));
    }

    public List<MentionProposal> proposals(EntityNames names) {
        List<MentionProposal> found = new ArrayList<>();
        List<MentionProposal> parts = new ArrayList<>();
        for (NamePattern pattern : names.patterns()) {
            IntList candidates = new IntList();
            for (String key : pattern.skeletonKeys()) {
                for (WordKeys word : bySkeleton.getOrDefault(key, List.of())) {
                    candidates.addAll(positions.get(word.folded));
                }
            }
            if (names.options().typos()) {
                for (String form : pattern.typoForms()) {
                    for (String[] core : coresByLength.getOrDefault(form.length(), List.of())) {
                        if (NameKeys.oneSubstitution(core[0], form)) {
                            candidates.addAll(positions.get(core[1]));
                        }
                    }
                }
            }
            if (candidates.size == 0) {
                continue;
            }
            int previous = -1;
            for (int i : candidates.sorted()) {
                if (i != previous) {
                    MentionProposal p = pattern.matchAt(keys, i, names.matcher(), names.options().typos());
                    if (p != null) {
                        (pattern.isPart() ? parts : found).add(p);
                    }
                }
                previous = i;
            }
        }
        for (NameUnitsPattern lineage : names.lineages()) {
            IntList candidates = new IntList();
            for (String key : lineage.skeletonKeys()) {
                for (WordKeys word : bySkeleton.getOrDefault(key, List.of())) {
                    candidates.addAll(positions.get(word.folded));
                }
            }
            int previous = -1;
            for (int i : candidates.sorted()) {
                if (i != previous) {
                    MentionProposal p = lineage.matchAt(keys, i);
                    if (p != null) {
                        found.add(p);
                    }
                }
                previous = i;
            }
        }
        if (found.isEmpty() && parts.isEmpty()) {
            return List.of();
        }
        return MentionProposer.resolve(found, parts, keys.tokens().text());
    }

    /** A growable list of word positions, without boxing. */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(IntList other) {
            if (other != null) {
                for (int k = 0; k < other.size; k++) {
                    add(other.values[k]);
                }
            }
        }

        int[] sorted() {
            int[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
