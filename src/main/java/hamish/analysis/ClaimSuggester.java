package hamish.analysis;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.text.Attribution;
import hamish.text.AttributionDetector;
import hamish.text.QuoteCandidate;
import hamish.text.QuoteDetector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposes Quote and Claim annotations: the quotations in an attribution's statement become Quotes, a statement
 * in reported speech without quote marks (the clause after إن/أن) a Claim, each with its speaker filled in when the
 * speaker as written names a known entity ({@link AttributionDetector#speakerFor}); quotations nobody is
 * said to have said become Quotes without a speaker. Names in quote marks (“غانتس”) are not proposed, nor
 * anything overlapping a Quote or Claim the user already made.
 */
public final class ClaimSuggester {

    private ClaimSuggester() {
    }

    public static List<ClaimSuggestion> suggest(Document d, List<Entity> entities, List<Annotation> existing, List<Tag> tags) {
        Map<Long, Tag> tagsById = tags.stream().collect(Collectors.toMap(Tag::id, Function.identity()));
        List<Span> taken = existing.stream()
                .filter(a -> tagsById.containsKey(a.tagId()) && tagsById.get(a.tagId()).kind().hasSpeaker())
                .map(Annotation::span).toList();
        List<Span> quotations = new ArrayList<>();
        List<QuoteCandidate> quotes = QuoteDetector.detect(d.text()).stream()
                .filter(q -> q.kind() == QuoteCandidate.Kind.QUOTE).toList();
        quotes.forEach(q -> quotations.add(q.span()));
        List<ClaimSuggestion> found = new ArrayList<>();
        Set<Span> said = new HashSet<>();
        for (Attribution a : AttributionDetector.detect(d.text())) {
            Long speaker = AttributionDetector.speakerFor(a, entities).map(Entity::id).orElse(null);
            String verb = a.verb().of(d.text());
            List<Span> quoted = quotations.stream().filter(q -> a.content().contains(q)).sorted().toList();
            // الاتفاق “يفتح صفحة جديدة…”: the words in quote marks are the quote; the rest is the reporter's.
            for (Span statement : quoted.isEmpty() ? List.of(a.content()) : quoted) {
                if (said.add(statement) && !overlaps(taken, statement)) {
                    TagKind kind = quoted.isEmpty() ? TagKind.CLAIM : TagKind.QUOTE;
                    found.add(new ClaimSuggestion(d.id(), statement, kind, speaker, a.subjectText(), verb));
                }
            }
        }
        for (QuoteCandidate q : quotes) {
            if (!said.contains(q.span()) && !overlaps(taken, q.span())) {
                found.add(new ClaimSuggestion(d.id(), q.span(), TagKind.QUOTE, null, "", ""));
            }
        }
        found.sort(Comparator.comparing(ClaimSuggestion::span));
        return found;
    }

    /** The unsaved annotation for a suggestion: the palette's first tag of its kind, the speaker set. */
    public static Annotation toAnnotation(ClaimSuggestion s, Document d, List<Tag> palette, String author, Instant now) {
        Tag tag = palette.stream().filter(t -> t.kind() == s.kind()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + s.kind().name().toLowerCase(Locale.ROOT)
                        + " tag in the tag palette; add one to accept this suggestion"));
        return Annotation.of(d.id(), d.text(), s.span(), tag.id(), author, now).withSpeaker(s.speakerEntityId(), now);
    }

    private static boolean overlaps(List<Span> taken, Span span) {
        return taken.stream().anyMatch(t -> t.intersects(span));
    }
}
