package ai.domainassist.gov.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingLexiconTest {

    @Test
    void longerTermsWinAndPreferredFormsAreNeverReported() {
        var hits = WordingLexicon.standard().find("台湾当局行政院各部会与残疾人代表、世界贸易组织成员国会谈");
        assertThat(hits).extracting(h -> h.term().term()).containsExactly("台湾当局行政院各部会", "世界贸易组织成员国");
        assertThat(hits.get(1).term().suggestion()).isEqualTo("世界贸易组织成员");
    }

    @Test
    void latinTermsMustStandApart() {
        assertThat(WordingLexicon.standard().find("JBoss 服务器")).isEmpty();
        assertThat(WordingLexicon.standard().find("这太JB了")).hasSize(1);
    }
}
