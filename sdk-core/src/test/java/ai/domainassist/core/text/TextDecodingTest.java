package ai.domainassist.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    private static final String TEXT = "第一条 为了规范道路停车，制定本办法。\n第二条 本市行政区域内适用。\n";

    @Test
    void detectsUtf8Gb18030AndUtf16WithBom() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TextDecoding.Decoded(TEXT, StandardCharsets.UTF_8));
        assertThat(TextDecoding.decode(TEXT.getBytes(Charset.forName("GBK"))))
                .isEqualTo(new TextDecoding.Decoded(TEXT, TextDecoding.GB18030));
        assertThat(TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(new TextDecoding.Decoded(TEXT, StandardCharsets.UTF_16LE));
        assertThat(TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(TEXT);
        assertThat(TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(TEXT);
    }

    @Test
    void crlfAndCrBecomeLfAndABomIsDropped() {
        byte[] windows = ("\uFEFF" + TEXT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decode(windows).text()).isEqualTo(TEXT);
        assertThat(TextDecoding.decode(TEXT.replace("\n", "\r").getBytes(Charset.forName("GB18030")),
                Charset.forName("GB18030"))).isEqualTo(TEXT);
    }

    @Test
    void aStatedGbkIsReadAsItsSupersetGb18030() {
        byte[] gb = "镕".getBytes(TextDecoding.GB18030);   // outside GB2312, inside GBK and GB18030
        assertThat(TextDecoding.decode(gb, Charset.forName("GB2312"))).isEqualTo("镕");
        assertThat(TextDecoding.decode(gb, Charset.forName("GBK"))).isEqualTo("镕");
    }

    @Test
    void bytesThatAreNoTextInTheStatedOrAnyDetectedEncodingAreRefusedWithoutTheirContent() {
        byte[] gbk = "患者：咳嗽".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> TextDecoding.decode(gbk, StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not valid UTF-8 at byte 0");
        byte[] binary = {(byte) 0xC3, 0x28, (byte) 0x81, 0x7F};
        assertThatThrownBy(() -> TextDecoding.decode(binary))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither UTF-8 nor GB18030");
    }
}
