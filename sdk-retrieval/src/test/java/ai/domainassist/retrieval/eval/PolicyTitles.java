package ai.domainassist.retrieval.eval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Known-item search over the 5,608 real policy titles of {@code gov/policy-titles.txt} (ECSpell
 * word list, MIT): every title is a document; queries are made from a seeded sample of titles
 * the way users remember them, and the search must find the title (any title with the same text
 * counts). Three query kinds:
 * <ul>
 *   <li>subject: the title without issuer, 关于 and document type ({@code 安全生产许可证} for
 *       {@code 安全生产许可证条例}; {@code 进一步做好农村商品流通工作意见} for
 *       {@code 国务院办公厅转发商务部等部门关于进一步做好农村商品流通工作意见的通知});</li>
 *   <li>fragment: a contiguous third of the title from a random place;</li>
 *   <li>keywords: two short pieces of the subject, in swapped order, space-separated.</li>
 * </ul>
 */
final class PolicyTitles {
    private static final Pattern TYPE_SUFFIX = Pattern.compile(
            "(的)?(通知|批复|决定|意见|指导意见|实施意见|函|复函|通报|公告|报告|命令|令|规划|纲要|方案|实施细则|细则|暂行条例|条例|暂行办法|办法|暂行规定|规定|规则|决议)$");
    private static final Pattern PREFIX = Pattern.compile("^(中华人民共和国)");

    record Query(String kind, String text, Set<String> relevantIds) {
    }

    final List<Document> documents = new ArrayList<>();
    final List<Query> queries = new ArrayList<>();

    static PolicyTitles load(Path file, int sample, long seed) throws IOException {
        PolicyTitles data = new PolicyTitles();
        List<String> titles = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                titles.add(line.strip());
            }
        }
        Map<String, Set<String>> idsByTitle = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            String id = "t" + i;
            data.documents.add(Document.of(id, titles.get(i), titles.get(i)));
            idsByTitle.computeIfAbsent(titles.get(i), k -> new HashSet<>()).add(id);
        }
        Random r = new Random(seed);
        for (int s = 0; s < sample; s++) {
            String title = titles.get(r.nextInt(titles.size()));
            Set<String> relevant = idsByTitle.get(title);
            String subject = subject(title);
            if (subject.length() >= 2) {
                data.queries.add(new Query("subject", subject, relevant));
            }
            int len = Math.max(3, title.length() / 3);
            if (title.length() > len) {
                int at = r.nextInt(title.length() - len + 1);
                data.queries.add(new Query("fragment", title.substring(at, at + len), relevant));
            }
            if (subject.length() >= 6) {
                int la = 2 + r.nextInt(3);
                int a = r.nextInt(subject.length() / 2 - 1 > 0 ? subject.length() / 2 - 1 : 1);
                la = Math.min(la, subject.length() / 2 - a);
                int lb = 2 + r.nextInt(3);
                int bStart = subject.length() / 2 + r.nextInt(Math.max(1, subject.length() / 2 - lb + 1));
                lb = Math.min(lb, subject.length() - bStart);
                if (la >= 2 && lb >= 2) {
                    data.queries.add(new Query("keywords",
                            subject.substring(bStart, bStart + lb) + " " + subject.substring(a, a + la), relevant));
                }
            }
        }
        return data;
    }

    static String subject(String title) {
        String s = title;
        int about = s.lastIndexOf("关于");
        if (about >= 0) {
            s = s.substring(about + 2);
        }
        s = PREFIX.matcher(s).replaceFirst("");
        String prev;
        do {
            prev = s;
            s = TYPE_SUFFIX.matcher(s).replaceFirst("");
        } while (!s.equals(prev) && s.length() > 2);
        return s.isEmpty() ? title : s;
    }

    record Scores(double recallAt1, double recallAt5, double mrr, int queries) {
        @Override
        public String toString() {
            return String.format("recall@1 %.3f  recall@5 %.3f  MRR@10 %.3f  (%d queries)", recallAt1, recallAt5, mrr, queries);
        }
    }

    Map<String, Scores> evaluate(DocumentLibrary library) {
        Map<String, int[]> hits = new java.util.TreeMap<>();
        Map<String, double[]> rr = new HashMap<>();
        for (Query q : queries) {
            for (String kind : List.of(q.kind(), "all")) {
                hits.computeIfAbsent(kind, k -> new int[3]);
                rr.computeIfAbsent(kind, k -> new double[1]);
            }
            List<Hit> result = library.search(SearchRequest.of(q.text(), 10).withMode(SearchMode.KEYWORD));
            int found = -1;
            for (int rank = 0; rank < result.size(); rank++) {
                if (q.relevantIds().contains(result.get(rank).documentId())) {
                    found = rank;
                    break;
                }
            }
            for (String kind : List.of(q.kind(), "all")) {
                int[] h = hits.get(kind);
                h[2]++;
                if (found == 0) {
                    h[0]++;
                }
                if (found >= 0 && found < 5) {
                    h[1]++;
                }
                if (found >= 0) {
                    rr.get(kind)[0] += 1.0 / (found + 1);
                }
            }
        }
        Map<String, Scores> out = new java.util.TreeMap<>();
        hits.forEach((kind, h) -> out.put(kind, new Scores(h[0] / (double) h[2], h[1] / (double) h[2],
                rr.get(kind)[0] / h[2], h[2])));
        return out;
    }
}
