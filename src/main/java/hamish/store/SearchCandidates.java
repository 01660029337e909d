package hamish.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What {@link CorpusSearch} asks of a backend's index: the candidates of one search, best first, a page at a time,
 * and their stored texts for the re-check. {@link SearchRanking} on SQLite, {@link PgSearchRanking} on PostgreSQL.
 */
interface SearchCandidates {

    /** Candidates {@code from} to {@code from + count}, best first, ties by id. */
    List<SearchRanking.Candidate> candidates(int from, int count) throws SQLException;

    /** The stored documents of {@code candidates}, by id; a document no longer stored is absent. */
    Map<Long, SearchRanking.Stored> texts(List<SearchRanking.Candidate> candidates) throws SQLException;
}
