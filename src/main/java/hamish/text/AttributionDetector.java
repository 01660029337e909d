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
            "فان", "فانه", "فانها", "واننا", "وانه", "وان");
    /** Folded (ى → ي): words that start a circumstance, never part of the speaker's name or title. */
    private static final Set<String> CIRCUMSTANCE = Set.of("في", "خلال", "من", "علي", "الي", "عن", "مع", "امس", "يوم",
            "اليوم", "بعد", "قبل", "عبر", "لدي", "اثناء", "حيث", "ايضا", "بدوره", "كما", "بشان", "حول", "منذ", "عقب",
            "امام", "صباح", "مساء", "ليل", "حتي", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
            "فيه", "فيها", "فيهم", "عليه", "عليها", "منه", "منها", "له", "لها", "لهم", "معه", "معها", "عنه", "عنها",
            "اليه", "اليها");
    private static final Set<String> HIS_SAYING = Set.of("قوله", "قولها", "قولهم");
    private static final int MAX_SUBJECT_WORDS = 8;
    private static final int MAX_WORDS_TO_STATEMENT = 8;
    private static final MentionProposer SPEAKER_MATCHER = new MentionProposer(new MentionProposer.Options(false, true, false));

    private AttributionDetector() {
    }

    public static List<Attribution> detect(String text) {
        FoldedTokens tokens = FoldedTokens.of(text);
        Map<Integer, QuoteCandidate> quotesByMark = new HashMap<>();
        for (QuoteCandidate q : QuoteDetector.detect(text)) {
            if (q.kind() == QuoteCandidate.Kind.QUOTE) {
                quotesByMark.put(q.withMarks().start(), q);
            }
        }
        List<Attribution> found = new ArrayList<>();
        int t = 0;
        for (Span sentence : SentenceSplitter.sentences(text)) {
            while (t < tokens.size() && tokens.token(t).start() < sentence.start()) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.token(t).end() <= sentence.end()) {
                t++;
            }
            new SentenceScan(text, tokens, quotesByMark, sentence, first, t).scan(found);
        }
        return found;
    }

    /**
     * The known entity the speaker names, matched like a mention (exact, variant, or a part of a person's
     * name: وزير الدفاع الأمريكي لويد → لويد أوستن); the strongest and longest match wins.
     */
    public static Optional<Entity> speakerFor(Attribution attribution, List<Entity> entities) {
        if (!attribution.hasSubject()) {
            return Optional.empty();
        }
        Entity best = null;
        MentionProposal bestMatch = null;
        Comparator<MentionProposal> order = Comparator.comparing(MentionProposal::confidence)
                .thenComparing(p -> -p.span().length());
        for (Entity entity : entities) {
            for (MentionProposal p : SPEAKER_MATCHER.propose(entity, attribution.subjectText())) {
                if (p.confidence() != Confidence.TYPO && (bestMatch == null || order.compare(p, bestMatch) < 0)) {
                    best = entity;
                    bestMatch = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The attributions of one sentence, words {@code first} to {@code end} (exclusive) of the text. */
    private record SentenceScan(String text, FoldedTokens tokens, Map<Integer, QuoteCandidate> quotes, Span sentence,
            int first, int end) {

        void scan(List<Attribution> found) {
            for (int i = first; i < end; i++) {
                ReportingWords.Entry entry = ReportingWords.lookup(tokens.folded(i));
                if (entry == null) {
                    continue;
                }
                Attribution a = entry.role() == ReportingWords.Role.SOURCE ? source(i, entry) : reported(i, entry);
                if (a != null) {
                    found.add(a.hasSubject() ? a : inherit(a, entry.role(), found));
                }
            }
        }

        /** A verb or participle: speaker after it, then the statement. */
        private Attribution reported(int verb, ReportingWords.Entry entry) {
            int subjectFirst = -1;
            int subjectLast = -1;
            boolean subjectClosed = false;
            int skipped = 0;
            for (int j = verb + 1; j < end; j++) {
                String gap = gap(j);
                QuoteCandidate quote = quoteIn(j);
                if (quote != null) {
                    return attribution(verb, entry, subjectFirst, subjectLast, quote.span());
                }
                if (gap.indexOf(':') >= 0) {
                    return attribution(verb, entry, subjectFirst, subjectLast, statementFrom(j));
                }
                String word = tokens.folded(j);
                if (COMPLEMENTIZERS.contains(word)) {
                    int from = j + 1;
                    if (from >= end) {
                        return null;
                    }
                    QuoteCandidate quoted = quoteIn(from);
                    Span content = quoted != null ? quoted.span() : statementFrom(from);
                    return attribution(verb, entry, subjectFirst, subjectLast, content);
                }
                if (ReportingWords.lookup(word) != null) {
                    return null;
                }
                if (subjectFirst < 0 && entry.lemma().equals("نقل") && word.equals("عن") && j + 1 < end) {
                    subjectClosed = false; // نقل أمس عن مسؤول كبير قوله: the source comes after عن
                    skipped = 0;
                    continue;
                }
                if (gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 || CIRCUMSTANCE.contains(word) || HIS_SAYING.contains(word)) {
                    subjectClosed = true;
                }
                if (!subjectClosed) {
                    subjectFirst = subjectFirst < 0 ? j : subjectFirst;
                    subjectLast = j;
                    if (j - subjectFirst >= MAX_SUBJECT_WORDS) {
                        return null;
                    }
                } else if (++skipped > MAX_WORDS_TO_STATEMENT) {
                    return null;
                }
            }
            return null;
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
            if (from >= end || tokens.folded(from).equals("ما")) {
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
            Span subject = subjectFirst < 0 ? new Span(tokens.token(verb).end(), tokens.token(verb).end())
                    : closeBracket(new Span(tokens.token(subjectFirst).start(), tokens.token(subjectLast).end()));
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
            if (role == ReportingWords.Role.VERB && last != null && last.content().end() <= a.verb().start()
                    && last.sentence().equals(a.sentence())
                    && text.substring(last.content().end(), a.verb().start()).replaceAll("[\\s،,]", "").isEmpty()) {
                Span opening = openingPhrase(last.content(), a.verb().start());
                if (!opening.isEmpty()) {
                    return new Attribution(a.verb(), a.verbLemma(), opening, opening.of(text), a.content(), a.sentence());
                }
            }
            int earliest = previousParagraphStart(a.verb().start());
            for (int k = found.size() - 1; k >= 0; k--) {
                Attribution previous = found.get(k);
                if (previous.hasSubject() && previous.subject().start() >= earliest) {
                    return new Attribution(a.verb(), a.verbLemma(), previous.subject(), previous.subjectText(), a.content(), a.sentence());
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

        private int previousParagraphStart(int offset) {
            Span paragraph = SentenceSplitter.paragraphAt(text, offset);
            int start = paragraph.start();
            while (start > 0) {
                Span before = SentenceSplitter.paragraphAt(text, start - 1);
                if (!before.of(text).isBlank()) {
                    return before.start();
                }
                start = before.start();
            }
            return paragraph.start();
        }
    }
}
