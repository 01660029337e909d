package hamish.analysis;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.ArabicNormalizer;
import hamish.text.CommonWords;
import hamish.text.NameForm;
import hamish.text.NameKeys;
import hamish.text.PersonNameForms;
import hamish.text.Quotation;
import hamish.text.QuotationFinder;
import hamish.text.Token;
import hamish.text.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is named in some documents: people after a role (الرئيس …، وزير الخارجية الروسي …، اللواء …) or as
 * the speaker of a quotation, organisations after a head noun (وزارة، هيئة، رابطة …), places after مدينة,
 * منطقة …. Forms of one person are grouped with the name-form rules the mention work uses
 * ({@link PersonNameForms}: surname alone, shorter lineage, first name and family; {@link
 * NameKeys#isSpellingVariant}: غ/ج and long-vowel spellings; folding: hamza, ta marbuta), then every form
 * is counted in every document. Common words, bare first names and titles alone are never candidates: a
 * single word is kept only as the surname of a full name seen elsewhere. Pure: texts in, candidates out.
 */
public final class EntityDiscovery {

    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_ROLE_WORDS = 5;
    /** Words that begin a speaker but name nobody (مصدر أمني, أحد الشهود). */
    private static final Set<String> NOT_NAMES = Set.of("مصدر", "مصادر", "مسوول", "احد", "والده", "والد", "بيان", "البيان",
            "دوائر", "شهود", "شاهد", "المصدر", "ناشط", "ناشطون", "مراسل", "صحيفه", "وكاله");

    private static final Set<String> PARTICLES = Set.of("في", "من", "الي", "علي", "عن", "مع", "ان", "انه", "انها", "كان",
            "كانت", "قد", "لقد", "لم", "لن", "لا", "ما", "هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "الذين", "كل", "بعض", "غير",
            "بين", "حتي", "ثم", "او", "بل", "لكن", "اذا", "حيث", "عند", "منذ", "خلال", "بعد", "قبل", "امام", "قال", "اكد", "هو",
            "هي", "هم", "عبر", "ضد", "نحو", "لدي", "الا", "اي", "كما", "وقال", "اليوم", "امس", "اذ", "انما", "مثل", "دون", "تحت", "عدم", "كافه", "جميع",
            "يوكد", "جدد", "تاكيد", "يستنكر", "اعلن", "اعرب", "يقول", "قالت", "اضاف", "تفجير", "يدين", "ادان", "استنكر", "دان");

    private final CommonWords common;

    public EntityDiscovery(CommonWords common) {
        this.common = common;
    }

    public EntityDiscovery() {
        this(CommonWords.builtIn());
    }

    /** The candidates of {@code texts}, best evidence first (most documents, then most cues). */
    public List<DiscoveredEntity> discover(List<String> texts) {
        List<DocWords> docs = texts.stream().map(DocWords::of).toList();
        Map<String, Sighting> sightings = new LinkedHashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            findCued(docs.get(d), d, sightings);
            findSpeakers(texts.get(d), docs.get(d), d, sightings);
        }
        List<Group> groups = group(sightings);
        FormCounter counter = new FormCounter(groups, common);
        for (int d = 0; d < docs.size(); d++) {
            counter.count(docs.get(d), d);
        }
        List<DiscoveredEntity> out = new ArrayList<>();
        for (Group g : groups) {
            DiscoveredEntity e = g.toCandidate();
            // One cue in one report is too weak: news names many people once in passing.
            if (e != null && (e.documents().size() > 1 || g.evidenceKinds() > 1)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt((DiscoveredEntity e) -> -e.documents().size())
                .thenComparingInt(e -> -e.evidence().size()).thenComparingInt(e -> -e.mentions()).thenComparing(DiscoveredEntity::name));
        return out;
    }

    // ---- sightings: a form seen with a cue that tells its type ----

    /** A form seen at least once with a cue: its folded words, type, and the reasons. */
    static final class Sighting {
        final List<String> words;
        final EntityType type;
        final Set<String> evidence = new LinkedHashSet<>();
        final Map<String, Integer> surfaces = new LinkedHashMap<>();

        Sighting(List<String> words, EntityType type) {
            this.words = words;
            this.type = type;
        }

        String key() {
            return type + ":" + String.join(" ", words);
        }
    }

    private void add(Map<String, Sighting> sightings, DocWords doc, int from, int to, int prefix, EntityType type, String evidence) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(k == from ? doc.folded(k).substring(prefix) : doc.folded(k));
        }
        Sighting s = new Sighting(List.copyOf(words), type);
        s = sightings.computeIfAbsent(s.key(), k -> new Sighting(List.copyOf(words), type));
        s.evidence.add(evidence);
        s.surfaces.merge(doc.surface(from, to, prefix), 1, Integer::sum);
    }

    private void findCued(DocWords doc, int d, Map<String, Sighting> sightings) {
        for (int i = 0; i < doc.size(); i++) {
            for (int prefix : doc.prefixes(i)) {
                String w = doc.folded(i).substring(prefix);
                if (DiscoveryCues.PERSON_ROLES.contains(w)) {
                    int start = skipRole(doc, i + 1);
                    int end = personEnd(doc, start, doc.size(), DiscoveryCues.RANKS.contains(w));
                    if (end > start) {
                        add(sightings, doc, start, end, 0, EntityType.PERSON, "role: " + doc.text(i).substring(prefix));
                    }
                    break;
                }
                if (prefix == 0 && (w.equals("ابو") || w.equals("ابي")) && isKunya(doc, i)) { // أبي: the genitive, من أفعال أبي لؤلؤة
                    add(sightings, doc, i, i + 3, 0, EntityType.PERSON, "kunya");
                    break;
                }
                if (DiscoveryCues.ORG_HEADS.contains(w) && !articleStripped(doc.folded(i), prefix)) {
                    // Adjectives of the common-word list (التركية) belong to an organisation's name: وزارة الداخلية التركية.
                    int end = i + 1;
                    while (end < doc.size() && end - i < 6 && doc.blankBefore(end) && continuesOrgName(doc, end, end > i + 1)) {
                        end++;
                    }
                    if (end > i + 1) {
                        add(sightings, doc, i, end, prefix, EntityType.ORG, "organisation: " + w);
                    }
                    break;
                }
                if (DiscoveryCues.ORG_NAMES.contains(w)) {
                    add(sightings, doc, i, i + 1, prefix, EntityType.ORG, "known body");
                    break;
                }
                if (DiscoveryCues.PLACE_HEADS.contains(w) && i + 1 < doc.size() && doc.blankBefore(i + 1) && nameWord(doc.folded(i + 1))
                        && "وبلف".indexOf(doc.folded(i + 1).charAt(0)) < 0) {
                    int end = i + 2;
                    // عين العرب: a second word with the article, unless it is an adjective (عسير الجنوبية).
                    String second = end < doc.size() ? doc.folded(end) : "";
                    if (!second.endsWith("ي") && !second.endsWith("يه") && end < doc.size() && doc.blankBefore(end)
                            && doc.folded(end).startsWith("ال") && nameWord(doc.folded(end))) {
                        end++;
                    }
                    add(sightings, doc, i + 1, end, 0, EntityType.PLACE, "place: " + w);
                    break;
                }
            }
        }
    }

    /** أبو سنان النجدي: a kunya and a nisba, the way fighters and preachers are named without a role. */
    /**
     * «المركز الثقافي» is "the cultural centre", a description: a head noun whose article was taken off to find it
     * starts no name, unless the head is listed with its article (المرصد, الاتحاد).
     */
    private static boolean articleStripped(String folded, int prefix) {
        return prefix > 0 && (folded.substring(0, prefix).endsWith("ال") || folded.startsWith("لل"));
    }

    /**
     * A word after an organisation's head that is still its name: a word with the article (وزارة الداخلية), and after
     * one of those a conjoined one (حزب العدالة والتنمية) or a genitive after ل (المرصد السوري لحقوق الإنسان,
     * الهيئة العامة للسياحة).
     */
    private static boolean continuesOrgName(DocWords doc, int k, boolean afterArticleWord) {
        String word = doc.folded(k);
        if (PARTICLES.contains(word) || DiscoveryCues.isCue(word)) {
            return false;
        }
        if (word.startsWith("ال")) {
            return true;
        }
        if (!afterArticleWord || word.length() < 5) {
            return false;
        }
        boolean nextHasArticle = k + 1 < doc.size() && doc.blankBefore(k + 1) && doc.folded(k + 1).startsWith("ال");
        return word.startsWith("وال") || word.startsWith("لل") || word.charAt(0) == 'ل' && nextHasArticle;
    }

    private boolean isKunya(DocWords doc, int i) {
        if (i + 2 >= doc.size() || !doc.blankBefore(i + 1) || !doc.blankBefore(i + 2)) {
            return false;
        }
        String name = doc.folded(i + 1);
        String nisba = doc.folded(i + 2);
        return nameWord(name) && nisba.startsWith("ال") && nisba.endsWith("ي") && nameWord(nisba);
    }

    /** The first word after a role and its descriptors (وزير [الخارجية الروسي] سيرغي …). */
    private int skipRole(DocWords doc, int k) {
        int start = k;
        while (k < doc.size() && k - start < MAX_ROLE_WORDS && (k == start || doc.blankOrComma(k))) {
            String w = doc.folded(k);
            if (DiscoveryCues.ROLE_WORDS.contains(w) || DiscoveryCues.PERSON_ROLES.contains(w)
                    || (w.startsWith("ال") && !DiscoveryCues.NAME_LINKS.contains(w))) {
                k++;
            } else {
                break;
            }
        }
        return k < doc.size() && (k == start || doc.blankOrComma(k)) ? k : doc.size();
    }

    /**
     * Where the name starting at {@code start} ends: name words and links (بن, آل, عبد), a family name with
     * the article ending it (سعود الشريم), a common word ending it unless after a rank (اللواء منصور التركي).
     */
    private int personEnd(DocWords doc, int start, int limit, boolean afterRank) {
        int k = start;
        int words = 0;
        int lastName = start;
        while (k < limit && words < MAX_NAME_WORDS && (k == start || doc.blankBefore(k))) {
            String w = doc.folded(k);
            if (DiscoveryCues.NAME_LINKS.contains(w)) {
                k++;
                continue;
            }
            boolean article = w.startsWith("ال");
            boolean linked = k > start && DiscoveryCues.NAME_LINKS.contains(doc.folded(k - 1));
            if (k == start && (article || NOT_NAMES.contains(w))) {
                break;
            }
            if (k > start && w.startsWith("و")) {
                break;
            }
            boolean ordinary = common.contains(w);
            // علي is also على folded: right after a role (يدعى علي آلاجوز) and before a name word it is the name.
            boolean ali = k == start && w.equals("علي") && k + 1 < limit && doc.blankBefore(k + 1) && nameWord(doc.folded(k + 1));
            if (ali || nameWord(w) || (ordinary && possibleName(w) && (!article || afterRank || linked))) {
                words++;
                k++;
                // A common word (a first name: فيصل, سعود; an adjective: التركي) does not end a name by itself.
                if (!ali && (!ordinary || (afterRank && words > 1) || linked)) {
                    lastName = k;
                }
                if (article && !linked) {
                    break;
                }
            } else {
                break;
            }
        }
        return lastName;
    }

    /**
     * The common-word list also holds first names (they are never variants of a name); these go on in a name,
     * particles and verbs never do.
     */
    private static boolean possibleName(String folded) {
        return !PARTICLES.contains(folded) && !joinedOnto(folded) && NameKeys.exact(folded).length() >= 3 && !DiscoveryCues.isCue(folded)
                && folded.codePoints().allMatch(c -> c >= 0x0620 && c <= 0x064A);
    }

    /** Whether the word is a preposition or و written onto a particle, a cue or a word with the article (بوزارة, للبحوث, وأعرب). */
    private static boolean joinedOnto(String folded) {
        if (folded.startsWith("لل") || folded.startsWith("وال") || folded.startsWith("بال")) {
            return true;
        }
        List<String> cores = NameKeys.cores(folded);
        for (int k = 1; k < cores.size(); k++) {
            String core = cores.get(k);
            if (PARTICLES.contains(core) || DiscoveryCues.isCue(core) || core.startsWith("ال")) {
                return true;
            }
        }
        return false;
    }

    private boolean nameWord(String folded) {
        return possibleName(folded) && NameKeys.exact(folded).codePoints().filter(Character::isLetter).count() >= 2 && !common.contains(folded)
                && !DiscoveryCues.isCue(folded) && folded.codePoints().allMatch(c -> c >= 0x0620 && c <= 0x064A);
    }

    /** A quotation's speaker written as a name without a role (بروين بولدان، داود أوغلو). */
    private void findSpeakers(String text, DocWords doc, int d, Map<String, Sighting> sightings) {
        for (Quotation q : QuotationFinder.find(text)) {
            if (!q.hasSpeaker()) {
                continue;
            }
            int i = doc.firstAt(q.speaker().start());
            if (i < 0) {
                continue;
            }
            int start = skipRole(doc, i);
            int end = personEnd(doc, start, doc.lastBefore(q.speaker().end()) + 1, false);
            if (end > start) {
                add(sightings, doc, start, end, 0, EntityType.PERSON, "speaker");
            }
        }
    }

    // ---- grouping ----

    private List<Group> group(Map<String, Sighting> sightings) {
        List<Group> groups = new ArrayList<>();
        List<Sighting> singles = new ArrayList<>();
        Set<String> places = new java.util.HashSet<>();
        sightings.values().stream().filter(s -> s.type == EntityType.PLACE && s.surfaces.values().stream().mapToInt(Integer::intValue).sum() > 1)
                .forEach(s -> places.addAll(s.words));
        for (Sighting s : sightings.values()) {
            int seen = s.surfaces.values().stream().mapToInt(Integer::intValue).sum();
            if ((s.type == EntityType.PLACE && seen < 2) || (s.type == EntityType.PERSON && s.words.stream().anyMatch(places::contains))) {
                continue;
            }
            if (s.type == EntityType.PERSON && nameWords(s.words) < 2) {
                singles.add(s);
                continue;
            }
            List<Group> joined = groups.stream().filter(g -> g.type == s.type && g.joins(s.words)).toList();
            if (joined.isEmpty() && s.type == EntityType.ORG) {
                // قوات الطوارئ الخاصة is قوات الطوارئ: a longer or shorter name of one body, when only one body fits.
                List<Group> extended = groups.stream().filter(g -> g.type == s.type && g.extendsName(s.words)).toList();
                joined = extended.size() == 1 ? extended : List.of();
            }
            Group target = joined.isEmpty() ? new Group(s.type, common) : joined.get(0);
            if (joined.isEmpty()) {
                groups.add(target);
            }
            for (Group other : joined.subList(Math.min(1, joined.size()), joined.size())) {
                target.absorb(other);
                groups.remove(other);
            }
            target.add(s);
        }
        for (Sighting s : singles) {
            List<Group> owners = groups.stream().filter(g -> g.type == EntityType.PERSON && g.hasSurname(s.words)).toList();
            if (owners.size() == 1) {
                owners.get(0).add(s);
            }
        }
        return groups;
    }

    static int nameWords(List<String> words) {
        return (int) words.stream().filter(w -> !DiscoveryCues.NAME_LINKS.contains(w)).count();
    }

    /** Same number of words, each a spelling of the other's ({@link NameKeys#isSpellingVariant}). */
    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!spelling(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link NameKeys#isSpellingVariant}, also with the hamza of a final ئ/ىء dropped: folding keeps it, and outlets write
     * الطوارئ and الطوارىء for one word.
     */
    static boolean spelling(String word, String form) {
        return NameKeys.isSpellingVariant(word, form)
                || (hasHamza(word) || hasHamza(form)) && NameKeys.isSpellingVariant(withoutHamza(word), withoutHamza(form));
    }

    private static boolean hasHamza(String folded) {
        return folded.indexOf('ء') >= 0 || folded.indexOf('ئ') >= 0;
    }

    /** Folding keeps ئ and turns ىء into يء: both lose the hamza and its seat. */
    private static String withoutHamza(String folded) {
        return folded.replace("ئ", "ء").replace("يء", "ء").replace("ء", "");
    }

    static List<String> foldedWords(String s) {
        return WordTokenizer.tokenize(s).stream().map(t -> ArabicNormalizer.fold(t.text())).toList();
    }

    /** The forms of one entity: sightings joined by the name-form rules, then counted in every document. */
    static final class Group {
        final EntityType type;
        final CommonWords common;
        final List<Sighting> sightings = new ArrayList<>();
        /** Folded words of the forms a reader recognises it by: seen ones and generated person forms. */
        final List<List<String>> forms = new ArrayList<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<String, Set<Integer>> formDocs = new LinkedHashMap<>();
        final Set<Integer> documents = new TreeSet<>();

        Group(EntityType type, CommonWords common) {
            this.type = type;
            this.common = common;
        }

        void add(Sighting s) {
            sightings.add(s);
            addForm(s.words);
            if (type == EntityType.PERSON && nameWords(s.words) >= 2) {
                for (String surface : s.surfaces.keySet()) {
                    for (NameForm f : PersonNameForms.of(new Entity(0, surface, EntityType.PERSON, List.of()), common)) {
                        if (f.kind() != NameForm.Kind.LONG_FORM) {
                            List<String> words = foldedWords(f.text());
                            if (words.size() > 1 || !common.contains(words.get(0))) {
                                addForm(words);
                            }
                        }
                    }
                }
            }
        }

        private void addForm(List<String> words) {
            if (!words.isEmpty() && forms.stream().noneMatch(f -> f.equals(words))) {
                forms.add(words);
            }
        }

        void absorb(Group other) {
            other.sightings.forEach(this::add);
        }

        /** Whether a multi-word form is this entity: a spelling of one of its forms, or it generates one of them. */
        boolean joins(List<String> words) {
            if (forms.stream().anyMatch(f -> f.size() > 1 && sameName(f, words))) {
                return true;
            }
            if (type != EntityType.PERSON) {
                return false;
            }
            Group probe = new Group(type, common);
            Sighting seen = new Sighting(words, type);
            seen.surfaces.put(String.join(" ", words), 1);
            probe.add(seen);
            return probe.forms.stream().filter(f -> f.size() > 1).anyMatch(f -> sightings.stream()
                    .anyMatch(s -> sameName(s.words, f)));
        }

        /** How many kinds of cue (role, speaker, organisation head …) the sightings had. */
        int evidenceKinds() {
            Set<String> kinds = new java.util.HashSet<>();
            sightings.forEach(s -> s.evidence.forEach(e -> kinds.add(e.split(":")[0])));
            return kinds.size();
        }

        /** Whether one of the forms begins the other, two words or more in common (an organisation's name). */
        boolean extendsName(List<String> words) {
            return sightings.stream().anyMatch(s -> Math.min(s.words.size(), words.size()) >= 2
                    && (startsWith(s.words, words) || startsWith(words, s.words)));
        }

        private static boolean startsWith(List<String> longer, List<String> shorter) {
            return longer.size() >= shorter.size() && sameName(longer.subList(0, shorter.size()), shorter);
        }

        boolean hasSurname(List<String> words) {
            return forms.stream().anyMatch(f -> sameName(f, words));
        }

        void counted(String surface, int doc) {
            counts.merge(surface, 1, Integer::sum);
            formDocs.computeIfAbsent(surface, k -> new TreeSet<>()).add(doc);
            documents.add(doc);
        }

        DiscoveredEntity toCandidate() {
            if (counts.isEmpty()) {
                return null;
            }
            String name = null;
            for (Sighting s : sightings) {
                for (String surface : s.surfaces.keySet()) {
                    if (name == null || nameLength(surface) > nameLength(name)) {
                        name = surface;
                    }
                }
            }
            List<DiscoveredEntity.Form> out = new ArrayList<>();
            counts.forEach((surface, n) -> out.add(new DiscoveredEntity.Form(surface, n, List.copyOf(formDocs.get(surface)))));
            out.sort(Comparator.comparingInt((DiscoveredEntity.Form f) -> -f.count()));
            List<String> evidence = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            sightings.forEach(s -> seen.addAll(s.evidence));
            evidence.addAll(seen);
            if (documents.size() > 1) {
                evidence.add("in " + documents.size() + " documents");
            }
            return new DiscoveredEntity(name, type, out, List.copyOf(documents), evidence);
        }

        private static int nameLength(String s) {
            return foldedWords(s).size() * 1000 + s.length();
        }
    }

    // ---- counting every form in every document ----

    /** Finds the forms of all groups in a document, longest first, a proclitic allowed on the first word. */
    static final class FormCounter {
        private record Entry(List<String> words, Group group) {
        }

        private final Map<String, List<Entry>> byFirstSkeleton = new HashMap<>();

        FormCounter(List<Group> groups, CommonWords common) {
            for (Group g : groups) {
                for (List<String> f : g.forms) {
                    byFirstSkeleton.computeIfAbsent(NameKeys.skeleton(f.get(0)), k -> new ArrayList<>()).add(new Entry(f, g));
                }
            }
        }

        void count(DocWords doc, int d) {
            int i = 0;
            while (i < doc.size()) {
                Entry best = null;
                int bestPrefix = 0;
                boolean afterLink = i > 0 && Set.of("بن", "ابن", "بنت").contains(doc.folded(i - 1));
                for (int prefix : doc.prefixes(i)) {
                    String core = doc.folded(i).substring(prefix);
                    for (Entry e : byFirstSkeleton.getOrDefault(NameKeys.skeleton(core), List.of())) {
                        boolean fathers = afterLink && e.group.type == EntityType.PERSON;
                        if (!fathers && (best == null || e.words.size() > best.words.size()) && matches(doc, i, core, e.words)) {
                            best = e;
                            bestPrefix = prefix;
                        }
                    }
                }
                if (best == null) {
                    i++;
                } else {
                    best.group.counted(doc.surface(i, i + best.words.size(), bestPrefix), d);
                    i += best.words.size();
                }
            }
        }

        private static boolean matches(DocWords doc, int i, String core, List<String> words) {
            if (i + words.size() > doc.size() || !spelling(core, words.get(0))) {
                return false;
            }
            for (int k = 1; k < words.size(); k++) {
                if (!doc.blankBefore(i + k) || !spelling(doc.folded(i + k), words.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A text's words, folded once, with what separates them. */
    record DocWords(String text, List<Token> tokens, List<String> folded) {

        static DocWords of(String text) {
            List<Token> tokens = WordTokenizer.tokenize(text);
            return new DocWords(text, tokens, tokens.stream().map(t -> ArabicNormalizer.fold(t.text())).toList());
        }

        int size() {
            return tokens.size();
        }

        String folded(int i) {
            return folded.get(i);
        }

        String text(int i) {
            return tokens.get(i).text();
        }

        int[] prefixes(int i) {
            List<String> cores = NameKeys.cores(folded(i));
            int[] out = new int[cores.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = folded(i).length() - cores.get(k).length();
            }
            return out;
        }

        /** Only blanks (no line break, no punctuation) between word {@code i - 1} and word {@code i}. */
        boolean blankBefore(int i) {
            return i > 0 && gap(i).isBlank() && gap(i).indexOf('\n') < 0;
        }

        boolean blankOrComma(int i) {
            return i > 0 && gap(i).replace("،", "").replace(",", "").isBlank() && gap(i).indexOf('\n') < 0;
        }

        private String gap(int i) {
            return text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
        }

        /** The text of words {@code from} to {@code to} as written, without the first word's proclitic. */
        String surface(int from, int to, int prefix) {
            Token first = tokens.get(from);
            int start = first.start();
            if (prefix > 0 && ArabicNormalizer.fold(first.text()).length() == first.text().length()) {
                start += prefix;
            }
            return text.substring(start, tokens.get(to - 1).end());
        }

        int firstAt(int offset) {
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).start() >= offset) {
                    return k;
                }
            }
            return -1;
        }

        int lastBefore(int offset) {
            int last = -1;
            for (int k = 0; k < tokens.size() && tokens.get(k).end() <= offset; k++) {
                last = k;
            }
            return last;
        }
    }
}
