package ai.domainassist.gov.check.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.core.text.Sentences;
import ai.domainassist.gov.check.PolicyReferences;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.PolicyPassage;
import ai.domainassist.gov.model.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code duplicate.in-force}: sentences of the body that repeat a clause of a policy in force. A
 * sentence of at least {@value #MIN_CHARS} characters is a near duplicate when at least
 * {@value #CONTAINMENT} of its character 4-grams (width, spaces and punctuation folded) occur in
 * one clause. Consecutive duplicate sentences from the same clause make one finding, citing it.
 * Candidate clauses come from one library search per window of consecutive sentences
 * ({@value #WINDOW_CHARS} characters, {@value #CANDIDATES} clauses), not one per sentence.
 */
public final class DuplicateCheck implements Check {
    static final String ID = "duplicate.in-force";
    static final int MIN_CHARS = 15;
    static final double CONTAINMENT = 0.8;
    private static final int K = 4;
    /** Sentences are looked up in windows of about this many characters. */
    static final int WINDOW_CHARS = 400;
    /** The characters of each sentence that go into the window's query (enough to find its source). */
    static final int QUERY_CHARS_PER_SENTENCE = 40;
    /** Clauses retrieved per window. */
    static final int CANDIDATES = 20;

    @Override
    public List<String> ruleIds() {
        return List.of(ID);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        Optional<PolicyReferences> lib = ctx.library();
        OfficialDocument d = ctx.doc();
        if (lib.isEmpty() || d.body().isEmpty()) {
            return;
        }
        String ownTitle = d.parsedTitle().map(p -> p.text()).orElse("");
        TextSpan body = d.body().get();
        int runStart = -1;
        int runEnd = -1;
        PolicyPassage runSource = null;
        java.util.Map<String, Set<String>> gramCache = new java.util.HashMap<>();
        List<Sentences.Span> sentences = Sentences.split(body.text());
        // one library query per window of consecutive sentences (about WINDOW_CHARS characters), not per sentence
        List<List<PolicyPassage>> candidates = new java.util.ArrayList<>();
        int w = 0;
        while (w < sentences.size()) {
            int e = w;
            int chars = 0;
            while (e < sentences.size() && (e == w || chars + sentences.get(e).text().length() <= WINDOW_CHARS)) {
                chars += sentences.get(e).text().length();
                e++;
            }
            StringBuilder query = new StringBuilder();
            for (int k = w; k < e; k++) {
                String t = sentences.get(k).text();
                query.append(t, 0, Math.min(t.length(), QUERY_CHARS_PER_SENTENCE)).append('\n');
            }
            List<PolicyPassage> found = lib.get().passagesLike(query.toString(), CANDIDATES);
            for (int k = w; k < e; k++) {
                candidates.add(found);
            }
            w = e;
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentences.Span s = sentences.get(si);
            PolicyPassage hit = null;
            String folded = NormalizedText.of(s.text()).folded();
            if (folded.length() >= MIN_CHARS) {
                Set<String> grams = grams(folded);
                for (PolicyPassage p : candidates.get(si)) {
                    if (p.policy().title().equals(ownTitle)) {
                        continue;
                    }
                    Set<String> pg = gramCache.computeIfAbsent(p.policy().id() + "@" + p.clause().span().start(),
                            k -> grams(NormalizedText.of(p.clause().text()).folded()));
                    int in = 0;
                    for (String g : grams) {
                        if (pg.contains(g)) {
                            in++;
                        }
                    }
                    if (!grams.isEmpty() && (double) in / grams.size() >= CONTAINMENT) {
                        hit = p;
                        break;
                    }
                }
            }
            int st = body.start() + s.start();
            int en = body.start() + s.end();
            if (hit != null && runSource != null && sameClause(hit, runSource)) {
                runEnd = en;
                continue;
            }
            if (runSource != null) {
                out.add(finding(ctx, runStart, runEnd, runSource));
                runSource = null;
            }
            if (hit != null) {
                runSource = hit;
                runStart = st;
                runEnd = en;
            }
        }
        if (runSource != null) {
            out.add(finding(ctx, runStart, runEnd, runSource));
        }
    }

    private static boolean sameClause(PolicyPassage a, PolicyPassage b) {
        return a.policy().id().equals(b.policy().id()) && a.clause().span().start() == b.clause().span().start();
    }

    private static NormativeFinding finding(CheckContext ctx, int start, int end, PolicyPassage p) {
        TextSpan c = p.clause().span();
        String where = p.clause().path().isEmpty() ? "" : "（" + p.clause().path() + "）";
        return new NormativeFinding(ID, ctx.catalog().severity(ID), start, end,
                "与现行有效的《" + p.policy().title() + "》" + where + "内容重复",
                "改为引用该文件的规定，或删去重复内容", List.of(new Evidence(p.policy().id(), c.start(), c.end(), c.text())));
    }

    static Set<String> grams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + K <= s.length(); i++) {
            out.add(s.substring(i, i + K));
        }
        return out;
    }
}
