package ai.domainassist.gov.check.internal;

import ai.domainassist.core.text.Sentences;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 上行文 rules of 条例 第十五条: a 请示 has one main addressee and one matter; a 报告 carries
 * no request.
 */
public final class DirectionCheck implements Check {
    static final String QS_ADDRESSEES = "qingshi.addressees";
    static final String QS_MATTERS = "qingshi.matters";
    static final String BG_REQUEST = "baogao.request";

    @Override
    public List<String> ruleIds() {
        return List.of(QS_ADDRESSEES, QS_MATTERS, BG_REQUEST);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        OfficialDocument d = ctx.doc();
        Optional<DocumentType> type = d.type();
        if (type.isEmpty() || d.body().isEmpty()) {
            return;
        }
        TextSpan body = d.body().get();
        if (type.get() == DocumentType.REQUEST) {
            if (d.addressees().size() > 1) {
                TextSpan line = d.addresseeLine().orElseThrow();
                out.add(ctx.finding(QS_ADDRESSEES, line.start(), line.end(), "请示主送了" + d.addressees().size()
                        + "个机关，请示应当只主送一个上级机关", d.addressees().get(0).text() + "："));
            }
            List<Sentences.Span> requests = new ArrayList<>();
            for (Sentences.Span s : Sentences.split(body.text())) {
                if (CheckContext.requestPhrase(s.text()).isPresent() && !CheckContext.isClosing(s.text())) {
                    requests.add(s);
                }
            }
            if (requests.size() > 1) {
                Sentences.Span second = requests.get(1);
                out.add(ctx.finding(QS_MATTERS, body.start() + second.start(), body.start() + second.end(),
                        "请示含有" + requests.size() + "项请求事项，请示应当一文一事", "将其他事项另行请示"));
            }
        } else if (type.get() == DocumentType.REPORT) {
            for (Sentences.Span s : Sentences.split(body.text())) {
                Optional<String> p = CheckContext.requestPhrase(s.text());
                if (p.isPresent() && !s.text().contains("批转")) {
                    out.add(ctx.finding(BG_REQUEST, body.start() + s.start(), body.start() + s.end(),
                            "报告中夹带请示事项（“" + p.get() + "”）", "删去请示内容，需要批准的事项另行请示"));
                }
            }
        }
    }
}
