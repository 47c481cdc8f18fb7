package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.model.ExpenseItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRowsTest {
    @Test
    void readsTheRowsBetweenTheHeaderAndTheTotalLine() {
        String text = """
                北京市医疗门诊收费票据
                项目名称        数量   单位    金额
                西药费          1      项      １８６．４０
                阿莫西林 胶囊   2      盒      30.00
                1  头孢呋辛钠注射液  1.5g*10支  3  盒  25.60  76.80
                合计（大写）：贰佰玖拾叁元贰角 （小写）¥293.20
                收款单位：某某医院 100.00
                """;
        List<ExpenseItem> items = ItemRows.read("d", text);
        assertThat(items).extracting(ExpenseItem::name).containsExactly("西药费", "阿莫西林胶囊", "头孢呋辛钠注射液");
        assertThat(items).extracting(i -> i.amount().toPlainString()).containsExactly("186.40", "30.00", "76.80");
        assertThat(items.get(2).quantity()).isEqualByComparingTo("3");
        assertThat(items.get(2).unit()).isEqualTo("盒");
        assertThat(items.get(0).evidence().get(0).quote()).startsWith("西药费").endsWith("１８６．４０");
    }

    @Test
    void noHeaderMeansNoRows() {
        assertThat(ItemRows.read("d", "西药费 1 项 12.00\n")).isEmpty();
    }
}
