package ai.domainassist.gov.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.ClaimCheck;
import ai.domainassist.core.grounding.Claim;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.GroundingReport;
import ai.domainassist.core.grounding.GroundingVerifier;
import ai.domainassist.core.grounding.Source;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.gov.draft.internal.Skeleton;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.llm.internal.Answers;
import ai.domainassist.gov.llm.internal.Prompts;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.gov.model.Clause;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.PolicyPassage;
import ai.domainassist.gov.rules.ExpertDictionary;
import ai.domainassist.gov.rules.internal.HeadingMarkers;
import ai.domainassist.gov.rules.internal.Patterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The model writes the body of a draft to the offline skeleton: the outline's headings stay, the
 * model's paragraphs go under them, and every citation must name a library document given in the
 * prompt and quote it exactly (checked by the core {@link GroundingVerifier}). Citations that fail
 * are dropped and flagged {@code UNGROUNDED}; paragraphs that are not Chinese official prose, that
 * carry header elements, or that belong to no heading of the outline are dropped and flagged. The
 * header elements are never asked of the model.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelDrafter {
    private static final String TEMPLATE = Prompts.load("draft-body-v1.txt");
    private final ModelClient model;
    private final PolicyLibrary library;

    /**
     * What the model produced, after the checks.
     *
     * @param body the body text laid out to the outline (the outline alone when nothing passed)
     * @param accepted how many of the model's paragraphs were kept
     * @param citations the verified citations
     * @param flags what a reviewer must look at
     * @param usage the tokens spent
     */
    public record Outcome(String body, int accepted, List<Citation> citations, List<ReviewFlag> flags, Usage usage) {
    }

    /**
     * @param model the model
     * @param library the library whose documents may be cited (or {@code null}: no citations allowed)
     */
    public ModelDrafter(ModelClient model, PolicyLibrary library) {
        this.model = Objects.requireNonNull(model, "model");
        this.library = library;
    }

    /**
     * Asks the model for the body.
     *
     * @param request the request (its subject and key points; header fields are not sent)
     * @param skeleton the skeleton whose outline the body follows
     * @param sources the library clauses the model may cite
     * @param dictionary the expert dictionary (its preferred and standard terms are given to the model)
     * @return the outcome
     * @throws ai.domainassist.core.ModelException if the model call fails
     * @throws ai.domainassist.core.StructuredOutputException if no valid answer came back (a ModelException)
     */
    public Outcome write(DraftRequest request, Skeleton skeleton, List<PolicyPassage> sources,
            ExpertDictionary dictionary) {
        StringBuilder src = new StringBuilder();
        Map<String, PolicyPassage> byId = new LinkedHashMap<>();
        for (PolicyPassage p : sources) {
            byId.putIfAbsent(p.policy().id(), p);
            src.append("[").append(p.policy().id()).append("] 《").append(p.policy().title()).append("》")
                    .append(p.clause().path()).append("：").append(p.clause().text().strip()).append('\n');
        }
        String prompt = Prompts.fill(TEMPLATE, Map.of("type", request.type().chineseName(),
                "title", skeleton.title().isEmpty() ? request.subject() : skeleton.title(),
                "outline", skeleton.outline(), "sources", src.length() == 0 ? "（无）" : src.toString(),
                "dictionary", dictionaryHint(dictionary)));
        Extraction<Answers.DraftBody> x = model.extract(ChatRequest.builder().user(prompt).task("gov.draft").build(),
                Answers.DraftBody.class);
        List<ReviewFlag> flags = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of(skeleton.outline().split("\n")));
        int accepted = 0;
        List<Answers.Paragraph> paragraphs = x.value().paragraphs() == null ? List.of() : x.value().paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Answers.Paragraph p = paragraphs.get(i);
            String field = "body.paragraphs[" + i + "]";
            String text = p.text() == null ? "" : p.text().strip();
            if (!isChineseProse(text)) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.POLICY, Severity.WARNING, field,
                        "模型写的段落不是中文公文文字，已舍弃", List.of()));
                continue;
            }
            if (Patterns.DOCUMENT_NUMBER_STANDARD.matcher(text).find() || text.contains("签发人")) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.POLICY, Severity.WARNING, field,
                        "模型段落含有版头要素（发文字号、签发人），版头要素只取自请求，已舍弃", List.of()));
                continue;
            }
            int at = headingLine(lines, p.heading());
            if (at < 0) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.POLICY, Severity.WARNING, field,
                        "模型段落所属标题不在提纲中，已舍弃", List.of()));
                continue;
            }
            List<Citation> verified = verify(p.citations(), byId, field, flags);
            if (!verified.isEmpty() || p.citations() == null || p.citations().isEmpty()) {
                citations.addAll(verified);
            }
            int insert = at + 1;
            while (insert < lines.size() && !isHeading(lines.get(insert)) && !isClosing(lines.get(insert), skeleton)) {
                insert++;
            }
            lines.add(insert, "    " + text);
            accepted++;
        }
        return new Outcome(String.join("\n", lines) + "\n", accepted, citations, flags, x.usage());
    }

    private List<Citation> verify(List<Answers.Quote> quotes, Map<String, PolicyPassage> allowed, String field,
            List<ReviewFlag> flags) {
        List<Citation> out = new ArrayList<>();
        if (quotes == null) {
            return out;
        }
        for (int j = 0; j < quotes.size(); j++) {
            Answers.Quote q = quotes.get(j);
            String f = field + ".citations[" + j + "]";
            String id = q.sourceId() == null ? "" : q.sourceId().replaceAll("[\\[\\]【】\\s]", "");
            Optional<OfficialDocument> doc = allowed.containsKey(id) && library != null ? library.document(id)
                    : Optional.empty();
            if (doc.isEmpty()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, f,
                        "引用的文件“" + id + "”不是提供给模型的政策库文件，引用已删除", List.of()));
                continue;
            }
            GroundingReport r = GroundingVerifier.standard().verify(List.of(new Source(id, doc.get().text())),
                    List.of(new Claim(f, q.quote() == null ? "" : q.quote(), id)));
            flags.addAll(r.flags());
            for (ClaimCheck c : r.checks()) {
                if (c.grounded()) {
                    out.add(citation(doc.get(), allowed.get(id), c.evidence()));
                }
            }
        }
        return out;
    }

    private static Citation citation(OfficialDocument doc, PolicyPassage p, Evidence e) {
        List<String> path = List.of();
        for (Clause c : doc.clauses()) {
            if (c.span().start() <= e.start() && e.end() <= c.span().end()) {
                path = c.headingPath();
            }
        }
        return new Citation(p.policy().id(), p.policy().title(), p.policy().documentNumber(), path, e.start(), e.end(),
                e.quote());
    }

    private static int headingLine(List<String> lines, String heading) {
        boolean anyHeading = lines.stream().anyMatch(ModelDrafter::isHeading);
        if (!anyHeading) {
            return 0; // no key points: the paragraphs follow the opening line
        }
        String h = heading == null ? "" : fold(heading);
        if (h.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            Optional<HeadingMarkers.Marker> m = HeadingMarkers.at(l);
            if (m.isPresent()) {
                String full = fold(l);
                String title = fold(l.substring(m.get().length()));
                if (!title.isEmpty() && (full.equals(h) || title.equals(h) || h.endsWith(title))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isHeading(String line) {
        return HeadingMarkers.at(line.strip()).isPresent();
    }

    private static boolean isClosing(String line, Skeleton s) {
        String l = line.strip();
        return !l.isEmpty() && s.outline().strip().endsWith(l) && !isHeading(l) && l.length() <= 12;
    }

    static boolean isChineseProse(String text) {
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ai.domainassist.core.text.Width.isHan(c)) {
                han++;
            } else if (Character.isLetterOrDigit(c)) {
                other++;
            }
        }
        return han >= 4 && han >= other;
    }

    private static String dictionaryHint(ExpertDictionary d) {
        StringBuilder sb = new StringBuilder();
        for (ExpertDictionary.Entry e : d.entries()) {
            if (e.kind() == ExpertDictionary.Kind.FORBIDDEN) {
                sb.append("不用“").append(e.term()).append("”；");
            } else {
                sb.append("用“").append(e.term()).append("”，不用“").append(String.join("”“", e.variants())).append("”；");
            }
        }
        return sb.length() == 0 ? "使用规范表述" : sb.toString();
    }

    private static String fold(String s) {
        return NormalizedText.of(s).folded();
    }
}
