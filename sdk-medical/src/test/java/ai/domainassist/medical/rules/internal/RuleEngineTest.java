package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.rules.TermLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    @Test
    void carriesTheHeaderAndOneDecisionPerUtterance() {
        OutpatientRecord r = Fixture.ENGINE.structure(Transcript.parse("科室：儿科\n就诊时间：2024-03-05 09:30\n医生：你好。\n家属：孩子咳嗽。"));
        assertThat(r.department()).map(g -> g.value()).contains("儿科");
        assertThat(r.visitTime()).map(g -> g.value()).contains("2024-03-05 09:30");
        assertThat(r.utterances()).extracting(UtteranceDecision::utteranceId).containsExactly("u1", "u2");
        assertThat(r.utterances()).extracting(UtteranceDecision::speaker).containsExactly(Speaker.DOCTOR, Speaker.FAMILY);
    }

    @Test
    void aHospitalLexiconChangesTheTerms() {
        RuleEngine custom = new RuleEngine(TermLexicon.defaults().with(TermLexicon.of(List.of(
                new TermLexicon.Entry("打摆子", "寒战", TermLexicon.Category.SYMPTOM, "通用", "")))));
        assertThat(custom.structure(Transcript.parse("患者：昨天开始打摆子。")).symptoms())
                .extracting(g -> g.value().term()).containsExactly("寒战");
        assertThat(Fixture.ENGINE.structure(Transcript.parse("患者：昨天开始打摆子。")).symptoms()).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        Transcript a = Transcript.parse("患者：我咳嗽三天了。\n医生：发烧吗？\n患者：不发烧。");
        Transcript b = Transcript.parse("家属：孩子拉肚子两天了。\n医生：吐吗？\n家属：吐了一次。");
        OutpatientRecord ra = Fixture.ENGINE.structure(a);
        OutpatientRecord rb = Fixture.ENGINE.structure(b);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> Fixture.ENGINE.structure(even ? a : b).equals(even ? ra : rb)));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
