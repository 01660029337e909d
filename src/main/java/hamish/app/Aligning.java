package hamish.app;

import hamish.model.Document;
import hamish.store.StoreException;
import hamish.store.Stores;
import hamish.text.AlignedPair;
import hamish.text.SentenceAligner;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence pairs between documents ({@code hamish align}, the compare window): every two of the documents,
 * with wire copy marked. Reading only; nothing is stored until an analyst links a pair ({@link Linking}).
 */
public final class Aligning {

    /** The documents and the pairs of every two of them; a pair's {@code first}/{@code second} index {@code documents}. */
    public record Alignment(List<Document> documents, List<AlignedPair> pairs) {

        public Alignment {
            documents = List.copyOf(documents);
            pairs = List.copyOf(pairs);
        }
    }

    private Aligning() {
    }

    /** Reads the documents, in the order given, and aligns every two of them. */
    public static Alignment align(Stores stores, List<Long> documentIds) {
        List<Document> documents = new ArrayList<>();
        for (long id : documentIds) {
            documents.add(stores.documents().get(id).orElseThrow(() -> new StoreException("no document with id " + id)));
        }
        return new Alignment(documents, pairsOf(documents));
    }

    /** The sentence pairs of every two of {@code documents} (CPU only: call it off the FX thread). */
    public static List<AlignedPair> pairsOf(List<Document> documents) {
        return SentenceAligner.alignEvery(documents.stream().map(Document::text).toList());
    }
}
