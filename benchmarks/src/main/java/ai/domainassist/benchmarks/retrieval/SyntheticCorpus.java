package ai.domainassist.benchmarks.retrieval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Validity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus shaped like a regulation library: each document is a title line and
 * articles ({@code 第N条　...}) of three to six sentences drawn from {@code retrieval/vocabulary.txt}
 * with a Zipf-like word distribution, so term statistics look like real text (a few very common
 * words, a long tail). Each document yields {@value #CHUNKS_PER_DOCUMENT} chunks with the default chunker.
 */
final class SyntheticCorpus {
    static final int ARTICLES = 9;
    static final int CHUNKS_PER_DOCUMENT = ARTICLES + 1;
    private static final String[] AUTHORITIES = {"国务院", "国务院办公厅", "财政部", "人力资源社会保障部", "某省人民政府"};
    private static final String[] TAGS = {"社保", "税收", "医疗", "交通", "小微企业", "意外险"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final List<String> words;
    private final double[] cumulative;

    SyntheticCorpus() {
        words = vocabulary();
        cumulative = new double[words.size()];
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    List<Document> documents(int count, long seed) {
        Random r = new Random(seed);
        List<Document> docs = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            String title = "关于" + word(r) + word(r) + word(r) + "的规定";
            StringBuilder text = new StringBuilder(title).append('\n');
            for (int a = 1; a <= ARTICLES; a++) {
                text.append('第').append(NUMERALS[a - 1]).append("条　");
                int sentences = 3 + r.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    text.append(sentence(r));
                }
                text.append('\n');
            }
            DocumentMetadata meta = DocumentMetadata.builder().source("bench.example")
                    .issuingAuthority(AUTHORITIES[r.nextInt(AUTHORITIES.length)])
                    .issueDate(LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000)))
                    .validity(r.nextInt(10) == 0 ? Validity.REPEALED : Validity.IN_FORCE)
                    .tags(TAGS[r.nextInt(TAGS.length)]).build();
            docs.add(new Document("doc-" + d, title, text.toString(), meta));
        }
        return docs;
    }

    /** Queries of two to five words, the way users type them, some with a question tail. */
    List<String> queries(int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder();
            int n = 2 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                q.append(word(r));
            }
            if (r.nextBoolean()) {
                q.append("怎么办理？");
            }
            out.add(q.toString());
        }
        return out;
    }

    private String sentence(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 8 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(word(r));
            if (i > 0 && i < n - 1 && r.nextInt(6) == 0) {
                s.append('，');
            }
        }
        return s.append('。').toString();
    }

    private String word(Random r) {
        double x = r.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return words.get(lo);
    }

    private static List<String> vocabulary() {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream("/retrieval/vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("retrieval/vocabulary.txt missing from the benchmark jar");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
