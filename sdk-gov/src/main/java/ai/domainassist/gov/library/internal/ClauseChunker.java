package ai.domainassist.gov.library.internal;

import ai.domainassist.gov.model.Clause;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.rules.OfficialDocumentParser;
import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Chunks an official document by the clauses the official-document parser finds (the text under
 * each numbered heading or article of the body and of the attachments), so that every search hit
 * and citation of the policy library is one clause with its heading path (二、（三）, 附件1 第五条).
 * A text without clauses is one chunk. Stateless and thread-safe.
 */
public final class ClauseChunker implements Chunker {

    @Override
    public List<Chunk> chunk(Document document) {
        OfficialDocument d = OfficialDocumentParser.standard().parse(document.id(), document.text());
        List<Chunk> out = new ArrayList<>();
        for (Clause c : d.clauses()) {
            if (!c.text().isBlank()) {
                out.add(new Chunk(document.id(), out.size(), c.headingPath(), c.span().start(), c.span().end(), c.text()));
            }
        }
        if (out.isEmpty()) {
            String t = document.text();
            int s = 0;
            int e = t.length();
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Chunk(document.id(), 0, List.of(), s, e, t.substring(s, e)));
            }
        }
        return out;
    }
}
