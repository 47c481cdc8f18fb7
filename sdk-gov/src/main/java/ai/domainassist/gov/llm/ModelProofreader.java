package ai.domainassist.gov.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.core.text.Width;
import ai.domainassist.gov.llm.internal.Answers;
import ai.domainassist.gov.llm.internal.Prompts;
import ai.domainassist.gov.model.ProofreadSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Model proofreading, checked: every suggestion must name words that really stand in the text at
 * (or, when the model miscounted, nearest to) the position it gives, and must propose a different,
 * similar-length Chinese replacement. Suggestions that fail are dropped and flagged; the rest are
 * returned as suggestions with their verified positions. The text itself is never changed.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelProofreader {
    private static final String TEMPLATE = Prompts.load("proofread-v1.txt");
    private final ModelClient model;

    /**
     * What the model proposed, after the checks.
     *
     * @param suggestions the verified suggestions, origin MODEL
     * @param flags the rejected suggestions
     * @param usage the tokens spent
     */
    public record Outcome(List<ProofreadSuggestion> suggestions, List<ReviewFlag> flags, Usage usage) {
    }

    /**
     * @param model the model
     */
    public ModelProofreader(ModelClient model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Asks the model to proofread a text.
     *
     * @param text the text
     * @return the outcome
     * @throws ai.domainassist.core.ModelException if the model call fails
     * @throws ai.domainassist.core.StructuredOutputException if no valid answer came back (a ModelException)
     */
    public Outcome proofread(String text) {
        Extraction<Answers.Proofreading> x = model.extract(ChatRequest.builder()
                .user(Prompts.fill(TEMPLATE, Map.of("text", text))).task("gov.proofread").build(), Answers.Proofreading.class);
        List<ProofreadSuggestion> out = new ArrayList<>();
        List<ReviewFlag> flags = new ArrayList<>();
        List<Answers.Suggestion> all = x.value().suggestions() == null ? List.of() : x.value().suggestions();
        for (int i = 0; i < all.size(); i++) {
            Answers.Suggestion s = all.get(i);
            String field = "suggestions[" + i + "]";
            String original = s.original() == null ? "" : s.original();
            String fix = s.suggestion() == null ? "" : s.suggestion();
            int at = locate(text, original, s.start());
            if (original.isEmpty() || at < 0) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.WARNING, field,
                        "模型指出的“" + original + "”不在原文中，建议已舍弃", List.of()));
                continue;
            }
            if (fix.isEmpty() || fix.equals(original) || !allHan(fix) || Math.abs(fix.length() - original.length()) > 2) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.POLICY, Severity.INFO, field, "模型对“" + original
                        + "”的修改建议“" + fix + "”不是有效的字词更正，已舍弃",
                        List.of(new Evidence("text", at, at + original.length(), original))));
                continue;
            }
            out.add(new ProofreadSuggestion(at, at + original.length(), original, fix,
                    "模型建议" + (s.reason() == null || s.reason().isBlank() ? "" : "：" + s.reason()), 0.6, Origin.MODEL));
        }
        return new Outcome(out, flags, x.usage());
    }

    private static int locate(String text, String original, int hint) {
        if (original.isEmpty()) {
            return -1;
        }
        if (hint >= 0 && text.startsWith(original, hint)) {
            return hint;
        }
        int best = -1;
        int at = text.indexOf(original);
        while (at >= 0) {
            if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) {
                best = at;
            }
            at = text.indexOf(original, at + 1);
        }
        return best;
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Width.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
