package hamish.text;

import hamish.model.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one text indexed by their name keys, built once so that many entities are looked up
 * without scanning the text for each: every core of every word (the word, and the word without each
 * possible proclitic) under its skeleton, and, on the first request for typos, under its two half keys.
 * A name is then tried only at the words that share a key with its first word; the proposals are exactly
 * those of {@link MentionProposer}, which tries every word.
 */
public final class MentionIndex {

    private final TokenKeys keys;
    private final Map<String, IntList> bySkeleton;
    private Map<String, IntList> byHalf;

    private MentionIndex(FoldedTokens tokens) {
        this.keys = new TokenKeys(tokens);
        this.bySkeleton = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            int cores = keys.prefixes(i).length;
            for (int k = 0; k < cores; k++) {
                bySkeleton.computeIfAbsent(keys.skeleton(i, k), s -> new IntList()).add(i);
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
                candidates.addAll(bySkeleton.get(key));
            }
            if (names.options().typos()) {
                Map<String, IntList> halves = halves();
                for (String key : pattern.typoKeys()) {
                    candidates.addAll(halves.get(key));
                }
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
        return MentionProposer.resolve(found, parts, keys.tokens().text());
    }

    private Map<String, IntList> halves() {
        if (byHalf == null) {
            byHalf = new HashMap<>(keys.size() * 2);
            for (int i = 0; i < keys.size(); i++) {
                String folded = keys.folded(i);
                for (int p : keys.prefixes(i)) {
                    String core = folded.substring(p);
                    if (core.length() >= 4) {
                        for (String key : NamePattern.halfKeys(core)) {
                            byHalf.computeIfAbsent(key, s -> new IntList()).add(i);
                        }
                    }
                }
            }
        }
        return byHalf;
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
