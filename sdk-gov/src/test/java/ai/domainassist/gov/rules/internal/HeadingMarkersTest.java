package ai.domainassist.gov.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingMarkersTest {

    @Test
    void recognisesTheFourLevelsAndTheirWrongForms() {
        assertThat(HeadingMarkers.at("十二、总体要求").orElseThrow()).extracting(m -> m.level(), m -> m.number(), m -> m.standard())
                .containsExactly(1, 12, true);
        assertThat(HeadingMarkers.at("（三）加强管理").orElseThrow().level()).isEqualTo(2);
        assertThat(HeadingMarkers.at("(三)加强管理").orElseThrow().standard()).isFalse();
        assertThat(HeadingMarkers.at("（一）、加强管理").orElseThrow().standard()).isFalse();
        assertThat(HeadingMarkers.at("2.建立机制").orElseThrow()).extracting(m -> m.level(), m -> m.standard()).containsExactly(3, true);
        assertThat(HeadingMarkers.at("2、建立机制").orElseThrow().standardForm()).isEqualTo("2.");
        assertThat(HeadingMarkers.at("（10）其他").orElseThrow().level()).isEqualTo(4);
        assertThat(HeadingMarkers.at("一.完善体系").orElseThrow().standardForm()).isEqualTo("一、");
    }

    @Test
    void numbersAndDatesAreNotHeadings() {
        assertThat(HeadingMarkers.at("3.5亿元用于补助")).isEmpty();
        assertThat(HeadingMarkers.at("2024年起施行")).isEmpty();
        assertThat(HeadingMarkers.at("各区要加强管理")).isEmpty();
    }

    @Test
    void writesStandardMarkers() {
        assertThat(HeadingMarkers.standard(1, 21)).isEqualTo("二十一、");
        assertThat(HeadingMarkers.standard(2, 10)).isEqualTo("（十）");
        assertThat(HeadingMarkers.standard(3, 4)).isEqualTo("4.");
        assertThat(HeadingMarkers.standard(4, 2)).isEqualTo("（2）");
    }
}
