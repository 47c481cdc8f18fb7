package ai.domainassist.gov.check.internal;

import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.ProofreadSuggestion;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.TextDomain;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code proofreading.typo}: the proofreader over the title and each body paragraph, with the domain
 * it tells for the whole document (a health authority's notice stays official prose even where one
 * paragraph reads like a medical text).
 */
public final class ProofreadingCheck implements Check {
    static final String ID = "proofreading.typo";

    @Override
    public List<String> ruleIds() {
        return List.of(ID);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        if (ctx.proofreader() == null) {
            return;
        }
        OfficialDocument d = ctx.doc();
        List<TextSpan> parts = new ArrayList<>();
        d.title().ifPresent(parts::add);
        parts.addAll(d.paragraphs());
        TextDomain domain = ctx.proofreader().detect(ctx.text());
        for (TextSpan p : parts) {
            for (ProofreadSuggestion s : ctx.proofreader().check(p.text(), domain)) {
                out.add(ctx.finding(ID, p.start() + s.start(), p.start() + s.end(),
                        "疑似错别字“" + s.original() + "”：" + s.reason(), s.suggestion()));
            }
        }
    }
}
