package hamish.app;

import hamish.analysis.ClaimMatrix;
import hamish.analysis.NamingTable;
import hamish.analysis.Overview;
import hamish.io.ExportData;
import hamish.model.Annotation;
import hamish.model.Link;
import hamish.store.Stores;
import java.util.ArrayList;
import java.util.List;

/**
 * The naming table, claim matrix, links and the overview drawn from them, among some documents, read from the
 * store in one consistent go (compare window, {@code hamish compare}).
 */
public record CompareTables(NamingTable naming, ClaimMatrix claims, List<Link> links, Overview overview) {

    public static CompareTables load(Stores s, List<Long> documentIds) {
        ExportData data = ExportData.load(s, documentIds);
        List<Annotation> annotations = new ArrayList<>();
        data.documents().forEach(d -> annotations.addAll(data.annotationsOf(d)));
        NamingTable naming = NamingTable.build(data.documents(), annotations, data.entities());
        ClaimMatrix claims = ClaimMatrix.build(data.documents(), annotations, data.tags(), data.entities(), data.links());
        return new CompareTables(naming, claims, data.links(),
                Overview.build(naming, claims, annotations, data.tags(), data.entities()));
    }
}
