package ai.domainassist.gov.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClauseIndexTest {

    @Test
    void ranksByBigramBm25AndHonoursTheFilter() {
        ClauseIndex ix = new ClauseIndex();
        int a = ix.add("道路停车实行电子收费，核心区每小时不超过10元。");
        int b = ix.add("道路停车泊位由区交通行政主管部门统一设置。");
        int c = ix.add("养老服务驿站提供助餐服务。");
        assertThat(ix.search("停车收费", i -> true, 3).get(0)[0]).isEqualTo(a);
        assertThat(ix.search("停车收费", i -> i != a, 3)).extracting(h -> (int) h[0]).containsExactly(b);
        assertThat(ix.search("火星", i -> true, 3)).isEmpty();
        assertThat(ix.size()).isEqualTo(3);
        assertThat(c).isEqualTo(2);
    }
}
