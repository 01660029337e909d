package hamish.app;

import hamish.analysis.ClaimMatrix;
import hamish.analysis.NamingTable;
import hamish.io.ExportData;
import hamish.model.Annotation;
import hamish.model.Link;
import hamish.store.Stores;
import java.util.ArrayList;
import java.util.List;

/** The naming table, claim matrix and links among some documents, read from the store in one consistent go (compare window, {@code hamish compare}). */
public record CompareTables(NamingTable naming, ClaimMatrix claims, List<Link> links) {

    public static CompareTables load(Stores s, List<Long> documentIds) {
        ExportData data = ExportData.load(s, documentIds);
        List<Annotation> annotations = new ArrayList<>();
        data.documents().forEach(d -> annotations.addAll(data.annotationsOf(d)));
        return new CompareTables(NamingTable.build(data.documents(), annotations, data.entities()),
                ClaimMatrix.build(data.documents(), annotations, data.tags(), data.entities(), data.links()),
                data.links());
    }
}
