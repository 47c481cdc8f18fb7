package ai.domainassist.retrieval.internal.lucene;

import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.Validity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Translates a {@link Filter} and a {@link SourceWhitelist} into a Lucene filter query. Stateless. */
final class FilterQueries {
    private FilterQueries() {
    }

    /**
     * @param kind the record kind to match ({@link Schema#KIND_DOC} or {@link Schema#KIND_CHUNK})
     * @param filter the caller's filter
     * @param whitelist the library's whitelist
     * @return a query matching the records of that kind that pass both
     */
    static Query of(String kind, Filter filter, SourceWhitelist whitelist) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER);
        if (!filter.documentIds().isEmpty()) {
            b.add(anyOf(Schema.ID, filter.documentIds()), Occur.FILTER);
        }
        if (!filter.sources().isEmpty()) {
            b.add(anyOf(Schema.SOURCE, filter.sources()), Occur.FILTER);
        }
        if (!filter.authorities().isEmpty()) {
            b.add(anyOf(Schema.AUTHORITY, filter.authorities()), Occur.FILTER);
        }
        if (!filter.validities().isEmpty()) {
            BooleanQuery.Builder v = new BooleanQuery.Builder();
            for (Validity val : filter.validities()) {
                v.add(new TermQuery(new Term(Schema.VALIDITY, val.name())), Occur.SHOULD);
            }
            b.add(v.build(), Occur.FILTER);
        }
        for (String tag : filter.tags()) {
            b.add(new TermQuery(new Term(Schema.TAG, tag)), Occur.FILTER);
        }
        if (filter.issuedFrom().isPresent() || filter.issuedTo().isPresent()) {
            long from = filter.issuedFrom().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
            long to = filter.issuedTo().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(Schema.ISSUED, from, to), Occur.FILTER);
        }
        filter.effectiveOn().ifPresent(day -> {
            b.add(LongPoint.newRangeQuery(Schema.EFFECTIVE, Long.MIN_VALUE, day.toEpochDay()), Occur.FILTER);
            b.add(LongPoint.newRangeQuery(Schema.EXPIRY, day.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        });
        if (!whitelist.allowsAll()) {
            b.add(whitelistQuery(whitelist), Occur.FILTER);
        }
        return b.build();
    }

    /** The records of a kind that the whitelist shows, regardless of any filter. */
    static Query visible(String kind, SourceWhitelist whitelist) {
        return of(kind, Filter.none(), whitelist);
    }

    static Query whitelistQuery(SourceWhitelist whitelist) {
        if (whitelist.allowsAll()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder w = new BooleanQuery.Builder();
        for (String e : whitelist.entries()) {
            w.add(e.endsWith("*")
                    ? new PrefixQuery(new Term(Schema.SOURCE, e.substring(0, e.length() - 1)))
                    : new TermQuery(new Term(Schema.SOURCE, e)), Occur.SHOULD);
        }
        return w.build();
    }

    private static Query anyOf(String field, Collection<String> values) {
        List<BytesRef> terms = new ArrayList<>(values.size());
        for (String v : values) {
            terms.add(new BytesRef(v));
        }
        return new TermInSetQuery(field, terms);
    }
}
