package hamish.text;

import hamish.model.Entity;
import hamish.model.Span;
import hamish.text.MentionProposal.Confidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds attributions: a reporting word (see {@link ReportingWords}), the speaker after it and the statement.
 * The speaker is the words after the verb up to a comma, a colon, a quotation, إن/أن, or a word that starts
 * a circumstance (خلال, في, أمس…): "وقال وزير الخارجية الأمريكي خلال استقباله غانتس في واشنطن إنه…" gives
 * "وزير الخارجية الأمريكي". The statement is the quotation that follows, or the clause after إن/أن (or after
 * a colon) to the end of the sentence or to the next reporting word after a comma (", مضيفا…"). A
 * reporting word with no statement after it (وأكد سوليفان التزام…) is not proposed: without إن/أن or quote
 * marks, where the statement ends is guesswork.
 */
public final class AttributionDetector {

    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "انه", "انها", "اننا", "انهم", "انني", "انكم",
            "فان", "فانه", "فانها", "واننا", "وانه", "وان", "بان", "بانه", "بانها", "بانهم", "باننا");
    /** Folded (ى → ي): words that start a circumstance, never part of the speaker's name or title. */
    private static final Set<String> CIRCUMSTANCE = Set.of("في", "خلال", "من", "علي", "الي", "عن", "مع", "امس", "يوم",
            "اليوم", "بعد", "قبل", "عبر", "لدي", "اثناء", "حيث", "ايضا", "بدوره", "كما", "بشان", "حول", "منذ", "عقب",
            "امام", "صباح", "مساء", "ليل", "حتي", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
            "فيه", "فيها", "فيهم", "عليه", "عليها", "منه", "منها", "له", "لها", "لهم", "معه", "معها", "عنه", "عنها",
            "اليه", "اليها", "وهو", "وهي", "فيما", "بينما", "الذي", "التي", "ثم", "هذه", "هذا");
    /** Titles before a name: after them علي is the name Ali, not the preposition على (folded alike). */
    private static final Set<String> TITLES = Set.of("الشيخ", "الدكتور", "الامير", "السفير", "اللواء", "العميد", "المهندس", "الاستاذ", "السيد");
    /** Words after امام that make it the imam of a mosque, not the preposition أمام (folded alike). */
    private static final Set<String> MOSQUE_WORDS = Set.of("وخطيب", "الحرم", "المسجد", "مسجد", "جامع", "الجامع");
    /** Reporting verbs whose statement may open with the subject of a verb that follows it: ونقلت قناة (كان)، أن وزير الدفاع… قال. */
    private static final Set<String> RELAYING = Set.of("نقل", "ذكر", "أفاد");
    /** Folded words that open a clause whose subject stands before its verb: وكان الرئيس… قال, لكن السعوديين صرخوا. */
    /** Folded particles that may stand before a main-clause verb without making it a subordinate one: فقد أدانت مملكة البحرين…. */
    private static final Set<String> VERB_PARTICLES = Set.of("قد", "فقد", "وقد", "لقد", "ولقد");
    private static final Set<String> CLAUSE_OPENERS = Set.of("كان", "وكان", "فكان", "لكن", "ولكن", "لكنه", "بيد");
    /** Folded nouns a listener phrase starts with after ل: قال لوكالة نوفوستي, لقناة, لصحيفة, لرويترز. */
    private static final Set<String> LISTENER_NOUNS = Set.of("لوكاله", "لقناه", "لصحيفه", "لجريده", "لموقع", "لمراسل", "لرويترز",
            "لمجله", "لشبكه", "لاذاعه", "لتلفزيون", "لنا");
    private static final Set<String> HIS_SAYING = Set.of("قوله", "قولها", "قولهم", "بالقول", "القول");
    /** A role and a name: عضو هيئة كبار العلماء إمام وخطيب المسجد الحرام الشيخ الدكتور صالح بن عبدالله بن حميد. */
    private static final int MAX_SUBJECT_WORDS = 14;
    /** Words between the speaker and إن/أن: beyond this the complementizer belongs to another clause. */
    private static final int MAX_WORDS_TO_STATEMENT = 12;
    /** Words between the speaker and a colon or quotation, which mark the statement unmistakably. */
    private static final int MAX_WORDS_TO_QUOTATION = 20;
    private static final MentionProposer SPEAKER_MATCHER = new MentionProposer(new MentionProposer.Options(false, true, false));

    private AttributionDetector() {
    }

    public static List<Attribution> detect(String text) {
        FoldedTokens tokens = FoldedTokens.of(text);
        Map<Integer, QuoteCandidate> quotesByMark = new HashMap<>();
        Map<Integer, QuoteCandidate> namesByMark = new HashMap<>();
        for (QuoteCandidate q : QuoteDetector.detect(text)) {
            (q.kind() == QuoteCandidate.Kind.QUOTE ? quotesByMark : namesByMark).put(q.withMarks().start(), q);
        }
        List<Attribution> found = new ArrayList<>();
        List<Span> named = new ArrayList<>();
        int t = 0;
        for (Span sentence : SentenceSplitter.sentences(text)) {
            while (t < tokens.size() && tokens.token(t).start() < sentence.start()) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.token(t).end() <= sentence.end()) {
                t++;
            }
            new SentenceScan(text, tokens, quotesByMark, namesByMark, named, sentence, first, t).scan(found);
        }
        return found;
    }

    /**
     * The known entity the speaker names, matched like a mention (exact, variant, or a part of a person's
     * name: وزير الدفاع الأمريكي لويد → لويد أوستن); the strongest and longest match wins.
     */
    public static Optional<Entity> speakerFor(Attribution attribution, List<Entity> entities) {
        return attribution.hasSubject() ? speakerFor(attribution.subjectText(), entities) : Optional.empty();
    }

    /** The known entity a speaker as written names ({@link #speakerFor(Attribution, List)}); empty for an empty speaker. */
    public static Optional<Entity> speakerFor(String speakerText, List<Entity> entities) {
        if (speakerText.isBlank()) {
            return Optional.empty();
        }
        Entity best = null;
        MentionProposal bestMatch = null;
        Comparator<MentionProposal> order = Comparator.comparing(MentionProposal::confidence)
                .thenComparing(p -> -p.span().length());
        for (Entity entity : entities) {
            for (MentionProposal p : SPEAKER_MATCHER.propose(entity, speakerText)) {
                if (p.confidence() != Confidence.TYPO && (bestMatch == null || order.compare(p, bestMatch) < 0)) {
                    best = entity;
                    bestMatch = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The attributions of one sentence, words {@code first} to {@code end} (exclusive) of the text. */
    private record SentenceScan(String text, FoldedTokens tokens, Map<Integer, QuoteCandidate> quotes,
            Map<Integer, QuoteCandidate> names, List<Span> named, Span sentence, int first, int end) {

        void scan(List<Attribution> found) {
            for (int i = first; i < end; i++) {
                ReportingWords.Entry entry = ReportingWords.lookup(tokens.folded(i));
                if (entry == null || insideQuotation(i)) {
                    continue; // a reporting word inside a quotation (…بحسب تخصصها…) is the speaker's, not the outlet's
                }
                Attribution a = entry.role() == ReportingWords.Role.SOURCE ? source(i, entry) : reported(i, entry);
                if (a != null && entry.role() != ReportingWords.Role.STANCE) {
                    Attribution said = a.hasSubject() ? a : inherit(a, entry.role(), found);
                    found.add(said);
                    if (said.hasSubject() && !said.subjectInherited()) {
                        named.add(said.subject());
                    }
                }
            }
        }

        /** A speaker named with no statement of theirs (وأكد الأزهر في بيان له رفضه…) still speaks for what follows. */
        private Attribution remember(int verb, int subjectFirst, int subjectLast) {
            boolean mainClause = verb == first || gap(verb).indexOf('،') >= 0 || gap(verb).indexOf(',') >= 0
                    || verb == first + 1 && VERB_PARTICLES.contains(tokens.folded(first));
            if (!mainClause) {
                return null; // التنظيم الذي أعلن مسؤوليته: a relative clause names no speaker
            }
            if (subjectFirst >= 0) {
                named.add(new Span(tokens.token(subjectFirst).start(), tokens.token(subjectLast).end()));
            } else {
                Span before = subjectBefore(verb);
                if (!before.isEmpty()) {
                    named.add(before);
                }
            }
            return null;
        }

        /**
         * The speaker before the verb: "وكان المتحدث الأمني بوزارة الداخلية قد صرح", "لكن السعوديين صرخوا", "ولكن
         * متحدثاً باسم وحدات حماية الشعب قال". Only after a clause opener (كان, لكن), which says a noun phrase
         * follows as subject; any other words before a verb are a circumstance or the previous clause.
         */
        private Span subjectBefore(int verb) {
            int last = verb - 1;
            if (last >= first && tokens.folded(last).equals("قد")) {
                last--;
            }
            for (int k = last; k >= first && last - k < MAX_SUBJECT_WORDS; k--) {
                String word = tokens.folded(k);
                if (CLAUSE_OPENERS.contains(word)) {
                    return k == last ? new Span(0, 0) : new Span(tokens.token(k + 1).start(), tokens.token(last).end());
                }
                if (ReportingWords.lookup(word) != null || COMPLEMENTIZERS.contains(word) || isCircumstance(k)
                        || gap(k + 1).indexOf(':') >= 0) {
                    return new Span(0, 0);
                }
            }
            return new Span(0, 0);
        }

        private boolean insideQuotation(int i) {
            Span word = tokens.token(i).span();
            return quotes.values().stream().anyMatch(q -> q.span().contains(word));
        }

        /** A word that starts a circumstance, unless it is the name علي after a title or امام of a mosque. */
        private boolean isCircumstance(int j) {
            String word = tokens.folded(j);
            if (word.equals("علي") && (j > first && TITLES.contains(tokens.folded(j - 1)) || j + 1 < end && tokens.folded(j + 1).equals("بن"))) {
                return false;
            }
            if (word.equals("امام") && j + 1 < end && MOSQUE_WORDS.contains(tokens.folded(j + 1))) {
                return false;
            }
            return CIRCUMSTANCE.contains(word);
        }

        /** A listener after the verb: للصحفيين, لـ«الشرق الأوسط», لوكالة نوفوستي, لرويترز — never the speaker. */
        private boolean isListener(String word) {
            return word.equals("ل") || word.length() > 3 && word.startsWith("لل") || LISTENER_NOUNS.contains(word);
        }

        /** The name in quote marks opening just before word {@code j} (لـ«الشرق الأوسط»): its closing mark's offset. */
        private int nameEnd(int j) {
            int from = tokens.token(j - 1).end();
            for (int k = from; k < tokens.token(j).start(); k++) {
                QuoteCandidate q = names.get(k);
                if (q != null) {
                    return q.withMarks().end();
                }
            }
            return -1;
        }

        /**
         * A verb or participle: the speaker after it (a listener — للصحفيين, لـ«الشرق الأوسط» — skipped), then the
         * statement; with no speaker after it, the one before it after كان/لكن; a STANCE verb only remembers its subject.
         */
        private Attribution reported(int verb, ReportingWords.Entry entry) {
            boolean stance = entry.role() == ReportingWords.Role.STANCE;
            int subjectFirst = -1;
            int subjectLast = -1;
            // A participle (مضيفا, مطالبا المجتمع الدولي بـ…) has the previous speaker; the words after it are its object.
            boolean subjectClosed = entry.role() == ReportingWords.Role.PARTICIPLE;
            int skipped = 0;
            int skipTo = -1;
            for (int j = verb + 1; j < end; j++) {
                String gap = gap(j);
                QuoteCandidate quote = quoteIn(j);
                if (stance && (quote != null || gap.indexOf(':') >= 0 || COMPLEMENTIZERS.contains(tokens.folded(j)))) {
                    return remember(verb, subjectFirst, subjectLast);
                }
                if (quote != null) {
                    return attribution(verb, entry, subjectFirst, subjectLast, quote.span());
                }
                if (gap.indexOf(':') >= 0) {
                    return attribution(verb, entry, subjectFirst, subjectLast, statementFrom(j));
                }
                String word = tokens.folded(j);
                if (tokens.token(j).start() < skipTo) {
                    continue; // the rest of a listener's name in quote marks
                }
                if (COMPLEMENTIZERS.contains(word)) {
                    int from = j + 1;
                    if (from >= end || skipped > MAX_WORDS_TO_STATEMENT) {
                        return remember(verb, subjectFirst, subjectLast);
                    }
                    QuoteCandidate quoted = quoteIn(from);
                    Span content = quoted != null ? quoted.span() : statementFrom(from);
                    return attribution(verb, entry, subjectFirst, subjectLast, content);
                }
                ReportingWords.Entry other = ReportingWords.lookup(word);
                if (other != null && other.role() != ReportingWords.Role.SOURCE) {
                    return remember(verb, subjectFirst, subjectLast);
                }
                if (subjectFirst < 0 && entry.lemma().equals("نقل") && word.equals("عن") && j + 1 < end) {
                    subjectClosed = false; // نقل أمس عن مسؤول كبير قوله: the source comes after عن
                    skipped = 0;
                    continue;
                }
                if (!subjectClosed && subjectFirst >= 0 && entry.lemma().equals("نقل") && word.equals("عن") && j + 1 < end) {
                    subjectFirst = -1; // ونقلت وسائل إعلام تركية عن والدة آلاجوز أنها…: the outlet relays, the mother speaks
                    skipped = 0;
                    continue;
                }
                if (isListener(word)) {
                    int close = word.equals("ل") && j + 1 < end ? nameEnd(j + 1) : -1;
                    skipTo = Math.max(skipTo, close);
                    if (subjectFirst >= 0) {
                        subjectClosed = true;
                    }
                    continue;
                }
                boolean comma = gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0;
                if (stance && subjectFirst >= 0 && word.length() > 3 && word.charAt(0) == 'ب'
                        && (word.startsWith("بال") || j + 1 < end && tokens.folded(j + 1).startsWith("ال"))) {
                    subjectClosed = true; // رحب رئيس البلدية بنجاح القمة, أشاد الأمير بالاهتمام: the object after بـ
                }
                if (other != null || isCircumstance(j) || HIS_SAYING.contains(word) || comma && subjectFirst >= 0) {
                    subjectClosed = true; // a source phrase (وفقا لما نقلته…) is a circumstance here
                }
                if (!subjectClosed) {
                    subjectFirst = subjectFirst < 0 ? j : subjectFirst;
                    subjectLast = j;
                    if (j - subjectFirst >= MAX_SUBJECT_WORDS) {
                        return null;
                    }
                } else if (++skipped > MAX_WORDS_TO_QUOTATION) {
                    return remember(verb, subjectFirst, subjectLast);
                }
            }
            return remember(verb, subjectFirst, subjectLast);
        }

        /** وفق نص البيان / بحسب مصادر / نقلا عن مسؤول: the source follows; the statement is around it. */
        private Attribution source(int word, ReportingWords.Entry entry) {
            int from = word + 1;
            if (entry.lemma().equals("نقل")) {
                if (from >= end || !tokens.folded(from).equals("عن")) {
                    return null;
                }
                from++;
            }
            if (from >= end || tokens.folded(from).equals("ما") || tokens.folded(from).equals("لما")) {
                return null; // وفق ما نقلت…: the verb after it carries the attribution
            }
            int last = from;
            while (last + 1 < end && last - from < MAX_SUBJECT_WORDS && !breaksPhrase(gap(last + 1))) {
                last++;
            }
            Span before = TextChars.trim(text, new Span(sentence.start(), tokens.token(word).start()));
            Span content;
            if (before.isEmpty() || tokensBefore(word) <= 1) {
                if (last + 1 >= end) {
                    return null;
                }
                content = statementFrom(last + 1);
            } else {
                content = trimPunctuation(before);
            }
            return attribution(word, entry, from, last, content);
        }

        private int tokensBefore(int word) {
            return word - first;
        }

        private boolean breaksPhrase(String gap) {
            return gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 || gap.indexOf(':') >= 0;
        }

        /** The statement from word {@code from}: to the sentence end or the next reporting word after a comma. */
        private Span statementFrom(int from) {
            int stop = sentence.end();
            for (int j = from + 1; j < end; j++) {
                String gap = gap(j);
                if ((gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0) && ReportingWords.lookup(tokens.folded(j)) != null) {
                    stop = tokens.token(j).start();
                    break;
                }
            }
            return trimPunctuation(new Span(tokens.token(from).start(), stop));
        }

        private Span trimPunctuation(Span span) {
            Span s = TextChars.trim(text, span);
            int e = s.end();
            while (e > s.start() && "،,.:؛;".indexOf(text.charAt(e - 1)) >= 0 || e > s.start() && TextChars.isBlank(text.charAt(e - 1))) {
                e--;
            }
            return new Span(s.start(), e);
        }

        private String gap(int j) {
            return text.substring(tokens.token(j - 1).end(), tokens.token(j).start());
        }

        /** The quotation whose opening mark stands just before word {@code j}, if any. */
        private QuoteCandidate quoteIn(int j) {
            int from = j > first ? tokens.token(j - 1).end() : sentence.start();
            for (int k = from; k < tokens.token(j).start(); k++) {
                QuoteCandidate q = quotes.get(k);
                if (q != null) {
                    return q;
                }
            }
            return null;
        }

        private Attribution attribution(int verb, ReportingWords.Entry entry, int subjectFirst, int subjectLast, Span content) {
            if (content.isEmpty()) {
                return null;
            }
            Span before = subjectFirst < 0 && entry.role() == ReportingWords.Role.VERB ? subjectBefore(verb) : new Span(0, 0);
            Span subject = subjectFirst >= 0 ? closeBracket(new Span(tokens.token(subjectFirst).start(), tokens.token(subjectLast).end()))
                    : before.isEmpty() ? new Span(tokens.token(verb).end(), tokens.token(verb).end()) : before;
            return new Attribution(tokens.token(verb).span(), entry.lemma(), subject, subject.of(text), content, sentence);
        }

        /** قناة (كان: the speaker's last word is inside brackets opened in it, so the bracket closes it. */
        private Span closeBracket(Span subject) {
            String s = subject.of(text);
            boolean open = s.lastIndexOf('(') > s.lastIndexOf(')');
            return open && subject.end() < text.length() && text.charAt(subject.end()) == ')'
                    ? new Span(subject.start(), subject.end() + 1) : subject;
        }

        /**
         * An implicit speaker. A finite verb right after the statement of the attribution before it ("ونقلت قناة
         * (كان)، أن وزير الدفاع، لويد أوستن، في بداية لقائه، قال: …") has the noun phrase that opens that
         * statement as its subject; otherwise the speaker is the last named one in this or the previous
         * non-blank paragraph (وأضاف, مضيفا, ما قال إنها).
         */
        private Attribution inherit(Attribution a, ReportingWords.Role role, List<Attribution> found) {
            Attribution last = found.isEmpty() ? null : found.get(found.size() - 1);
            if (role == ReportingWords.Role.VERB && last != null && RELAYING.contains(last.verbLemma())
                    && last.content().end() <= a.verb().start()
                    && last.sentence().equals(a.sentence())
                    && text.substring(last.content().end(), a.verb().start()).replaceAll("[\\s،,]", "").isEmpty()) {
                Span opening = openingPhrase(last.content(), a.verb().start());
                if (!opening.isEmpty()) {
                    return new Attribution(a.verb(), a.verbLemma(), opening, opening.of(text), a.content(), a.sentence());
                }
            }
            // The last speaker named before, anywhere earlier in the article: وأضاف / وتابع / مشددا continue them.
            for (int k = named.size() - 1; k >= 0; k--) {
                Span previous = named.get(k);
                if (previous.end() <= a.verb().start()) {
                    return new Attribution(a.verb(), a.verbLemma(), previous, previous.of(text), a.content(), a.sentence());
                }
            }
            return a;
        }

        /** Words from the start of {@code content} up to a circumstance word or {@code limit}; commas (appositions) allowed. */
        private Span openingPhrase(Span content, int limit) {
            int start = -1;
            int stop = content.start();
            for (int j = first; j < end && tokens.token(j).end() <= limit; j++) {
                if (tokens.token(j).start() < content.start()) {
                    continue;
                }
                if (CIRCUMSTANCE.contains(tokens.folded(j)) || gap(j).indexOf(':') >= 0) {
                    break;
                }
                start = start < 0 ? tokens.token(j).start() : start;
                stop = tokens.token(j).end();
            }
            return start < 0 ? new Span(content.start(), content.start()) : new Span(start, stop);
        }
    }
}
