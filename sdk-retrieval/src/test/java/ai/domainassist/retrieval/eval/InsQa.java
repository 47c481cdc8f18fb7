package ai.domainassist.retrieval.eval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * InsQABench clause questions ({@code finance/insqa-clause-subjective.json}, Apache-2.0): 20 real
 * insurance contracts, 5 questions each, each question with its evidence paragraph. Each contract
 * becomes one document whose text is its distinct evidence paragraphs, one per line; a hit is
 * correct when it is a chunk of the question's contract overlapping the evidence paragraph.
 */
public final class InsQa {
    /** A question, its contract and its evidence paragraph's span. */
    public record Question(String documentId, String text, int evidenceStart, int evidenceEnd) {
    }

    /** The contracts, one document each. */
    public final List<Document> documents = new ArrayList<>();
    /** The questions. */
    public final List<Question> questions = new ArrayList<>();
    int paragraphs;

    /**
     * @param file the JSON file
     * @return the contracts and questions
     * @throws IOException if it cannot be read
     */
    public static InsQa load(Path file) throws IOException {
        InsQa data = new InsQa();
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> contract = it.next();
            String id = String.format("insqa-%02d", ++n);
            Map<String, int[]> spans = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            List<String[]> qs = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> q = contract.getValue().fields(); q.hasNext(); ) {
                Map.Entry<String, JsonNode> e = q.next();
                String p = e.getValue().get("p").asText().strip();
                if (!spans.containsKey(p)) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    spans.put(p, new int[] {text.length(), text.length() + p.length()});
                    text.append(p);
                }
                qs.add(new String[] {e.getKey(), p});
            }
            data.paragraphs += spans.size();
            data.documents.add(Document.of(id, contract.getKey(), text.toString()));
            for (String[] q : qs) {
                int[] span = spans.get(q[1]);
                data.questions.add(new Question(id, q[0], span[0], span[1]));
            }
        }
        return data;
    }

    /** Recall@1, recall@5 and MRR@10 over all questions. */
    record Scores(double recallAt1, double recallAt5, double mrr) {
        @Override
        public String toString() {
            return String.format("recall@1 %.3f  recall@5 %.3f  MRR@10 %.3f", recallAt1, recallAt5, mrr);
        }
    }

    /**
     * @param library a library holding {@link #documents}
     * @param mode the ranking mode
     * @param withinContract whether each question is restricted to its own contract (a filter)
     * @return the scores
     */
    Scores evaluate(DocumentLibrary library, SearchMode mode, boolean withinContract) {
        int at1 = 0;
        int at5 = 0;
        double rr = 0;
        for (Question q : questions) {
            Filter filter = withinContract ? Filter.builder().documentIds(q.documentId()).build() : Filter.none();
            List<Hit> hits = library.search(new SearchRequest(q.text(), 10, filter, mode));
            for (int rank = 0; rank < hits.size(); rank++) {
                Hit h = hits.get(rank);
                if (h.documentId().equals(q.documentId()) && h.citation().start() < q.evidenceEnd()
                        && h.citation().end() > q.evidenceStart()) {
                    if (rank == 0) {
                        at1++;
                    }
                    if (rank < 5) {
                        at5++;
                    }
                    rr += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        double n = questions.size();
        return new Scores(at1 / n, at5 / n, rr / n);
    }
}
