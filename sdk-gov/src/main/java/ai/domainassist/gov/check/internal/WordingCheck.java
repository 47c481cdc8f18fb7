package ai.domainassist.gov.check.internal;

import ai.domainassist.core.Severity;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.rules.ExpertDictionary;
import ai.domainassist.gov.rules.internal.WordingLexicon;
import java.util.List;

/**
 * Banned and cautious expressions (新华社禁用词和慎用词) and the expert dictionary. Where both
 * match the same words the dictionary, being the office's own, wins.
 */
public final class WordingCheck implements Check {
    static final String BANNED = "wording.banned";
    static final String CAUTIOUS = "wording.cautious";
    static final String DICTIONARY = "wording.dictionary";

    @Override
    public List<String> ruleIds() {
        return List.of(BANNED, CAUTIOUS, DICTIONARY);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        String text = ctx.text();
        boolean[] taken = new boolean[text.length()];
        for (ExpertDictionary.Match m : ctx.dictionary().find(text)) {
            ExpertDictionary.Entry e = m.entry();
            Severity sev = e.kind() == ExpertDictionary.Kind.PREFERRED ? Severity.WARNING : Severity.ERROR;
            String msg = switch (e.kind()) {
                case STANDARD -> "“" + m.found() + "”不是规范表述，应为“" + e.term() + "”";
                case PREFERRED -> "宜用“" + e.term() + "”，不用“" + m.found() + "”";
                case FORBIDDEN -> "“" + m.found() + "”为禁用词";
            };
            if (!e.note().isEmpty()) {
                msg += "（" + e.note() + "）";
            }
            out.add(ctx.finding(DICTIONARY, sev, m.start(), m.end(), msg, m.replacement()));
            for (int k = m.start(); k < m.end(); k++) {
                taken[k] = true;
            }
        }
        for (WordingLexicon.Hit h : WordingLexicon.standard().find(text)) {
            boolean free = true;
            for (int k = h.start(); k < h.end() && free; k++) {
                free = !taken[k];
            }
            if (!free) {
                continue;
            }
            WordingLexicon.Term t = h.term();
            switch (t.level()) {
                case BANNED -> out.add(ctx.finding(BANNED, h.start(), h.end(), "“" + t.term() + "”为禁用词",
                        t.suggestion()));
                case CAUTIOUS -> out.add(ctx.finding(CAUTIOUS, h.start(), h.end(), "“" + t.term() + "”为慎用词",
                        t.suggestion()));
                case NOTE -> out.add(ctx.finding(CAUTIOUS, Severity.INFO, h.start(), h.end(), "“" + t.term()
                        + "”在部分语境中不当，请核对", t.suggestion()));
                default -> {
                }
            }
        }
    }
}
