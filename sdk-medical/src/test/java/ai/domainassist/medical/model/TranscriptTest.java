package ai.domainassist.medical.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.grounding.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void readsEveryLabelFormWithFullAndHalfWidthColons() {
        Transcript t = Transcript.parse(String.join("\n",
                "医生：哪里不舒服？",
                "患者:咳嗽三天了。",
                "大夫： 发烧吗？",
                "病人 ：不发烧。",
                "家属：他晚上咳得厉害。",
                "患儿家长：孩子也没精神。",
                "Doctor: 张嘴我看看。",
                "Patient:好的。",
                "ｄｏｃｔｏｒ：多喝水。"));
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.DOCTOR, Speaker.PATIENT, Speaker.FAMILY, Speaker.FAMILY, Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.DOCTOR);
        assertThat(t.utterances().get(1).text()).isEqualTo("咳嗽三天了。");
        assertThat(t.utterances().get(2).text()).isEqualTo("发烧吗？");
        assertThat(t.utterances()).allSatisfy(u -> {
            assertThat(u.speakerInferred()).isFalse();
            assertThat(u.speakerConfidence()).isEqualTo(1.0);
        });
    }

    @Test
    void readsTheLabelsOfOnlineConsultations() {
        // issue 12 round 7: 用户 was not a label, so every 用户 line was read as the doctor's wrapped words
        Transcript t = Transcript.parse(String.join("\n",
                "医生: 你好，哪里不舒服？",
                "用户: 孩子咳嗽两天了",
                "医生: 有痰吗？",
                "提问者：有痰，晚上咳得厉害",
                "User: 还有点发烧"));
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.DOCTOR, Speaker.PATIENT, Speaker.PATIENT);
        assertThat(t.utterances().get(1).text()).isEqualTo("孩子咳嗽两天了");
        assertThat(t.utterances()).allSatisfy(u -> assertThat(u.speakerInferred()).isFalse());
    }

    @Test
    void aLabelOnItsOwnLineNamesTheSpeakerOfTheNextLine() {
        // issue 12 round 7: the form of some public dialogue sets (病人：⏎text⏎医生：⏎text)
        String input = "病人：\n我胸口闷闷的，心里发慌\n\n医生：\n多久了？\n病人：\n一个星期了";
        Transcript t = Transcript.parse(input);
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.PATIENT, Speaker.DOCTOR,
                Speaker.PATIENT);
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("我胸口闷闷的，心里发慌", "多久了？", "一个星期了");
        assertThat(t.utterances()).allSatisfy(u -> {
            assertThat(u.speakerInferred()).isFalse();
            assertThat(u.speakerConfidence()).isEqualTo(1.0);
            assertThat(input.substring(u.inputOffset(), u.inputOffset() + u.text().length())).isEqualTo(u.text());
        });
    }

    @Test
    void aLabelNotInTheTableThatBeginsSeveralLinesIsASpeakerId() {
        // issue 12 round 7: 咨询人 is not in the table; before, its lines were the doctor's wrapped words
        Transcript t = Transcript.parse(String.join("\n",
                "医生：哪里不舒服？", "访客：孩子咳嗽两天了", "医生：有痰吗？", "访客：有痰", "访客：晚上咳得厉害",
                "医生说：多喝水"));
        assertThat(t.utterances()).extracting(Utterance::label).containsExactly("医生", "访客", "医生", "访客", "访客",
                "访客");
        assertThat(t.utterances().get(1).speaker()).isEqualTo(Speaker.UNKNOWN);
        assertThat(t.utterances().get(1).text()).isEqualTo("孩子咳嗽两天了");
        // a quoting verb is no label, nor is a key with digits, nor one that begins fewer than 3 lines
        assertThat(t.utterances().get(5).text()).isEqualTo("医生说：多喝水");
        // ... but twice is enough for a short Chinese word beside a known label (round 9); once is not
        Transcript twice = Transcript.parse("医生：哪里不舒服？\n来宾：孩子咳嗽两天了\n医生：有痰吗？\n来宾：有痰\n处理：多喝水");
        assertThat(twice.utterances()).extracting(Utterance::label).containsExactly("医生", "来宾", "医生", "来宾", "来宾");
        assertThat(twice.utterances().get(3).text()).isEqualTo("有痰");
        assertThat(twice.utterances().get(4).text()).isEqualTo("处理：多喝水");
        Transcript u = Transcript.parse("医生：量个体温\n患者：体温：38.5\n体温2：38.6\n体温2：38.7\n体温2：38.8");
        assertThat(u.utterances()).extracting(Utterance::text).contains("体温：38.5", "体温2：38.6");
    }

    @Test
    void labelsWrittenInsideOneLineSplitIt() {
        // issue 12 round 9: a dialogue pasted into one cell was one utterance of the doctor
        String input = "医生：你好，宝宝怎么了？ 患者：孩子咳嗽两天了 医生：发烧吗？患者：不发烧 【医生】有痰吗 【家属】有痰";
        Transcript t = Transcript.parse(input);
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("你好，宝宝怎么了？", "孩子咳嗽两天了", "发烧吗？",
                "不发烧", "有痰吗", "有痰");
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.DOCTOR, Speaker.PATIENT, Speaker.DOCTOR, Speaker.FAMILY);
        for (Utterance u : t.utterances()) {
            assertThat(input.substring(u.inputOffset())).startsWith(u.text());
        }
        // a bar between the cells of a table row
        assertThat(Transcript.parse("医生：哪里不舒服|患者：头疼 |医生：几天了").utterances()).extracting(Utterance::text)
                .containsExactly("哪里不舒服", "头疼", "几天了");
        // one speaker's label quoted inside her line does not split it, nor does a word before a colon
        assertThat(Transcript.parse("患者：我问过别的医生：他说是感冒 诊断：上呼吸道感染").utterances()).hasSize(1);
        assertThat(Transcript.parse("患者：之前查过 维生素D: 偏低 医生 说要补").utterances()).hasSize(1);
    }

    @Test
    void aDialoguePastedOnOneLineWithoutLabelsIsSplitAtItsSpaces() {
        // a question before a space marks a pasted dialogue; its pieces become utterances whose roles are inferred
        String input = "孩子咳嗽三天了 有没有发烧？ 没有发烧 有痰吗 有痰";
        Transcript t = Transcript.parse(input);
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("孩子咳嗽三天了", "有没有发烧？", "没有发烧",
                "有痰吗", "有痰");
        assertThat(t.utterances()).extracting(Utterance::speaker).containsOnly(Speaker.UNKNOWN);
        assertThat(t.utterances().get(3).inputOffset()).isEqualTo(input.indexOf("有痰吗"));
        // without such a question the spaces separate one speaker's complaints (issue 12 class 1)
        assertThat(Transcript.parse("咳嗽 没有发烧 有痰 流鼻涕").utterances()).hasSize(1);
        assertThat(Transcript.parse("咳嗽 没有发烧 有痰 流鼻涕 要紧吗？").utterances()).hasSize(1);
    }

    @Test
    void bracketedSpacedAndNamedLabelsNameTheirSpeakers() {
        Transcript brackets = Transcript.parse("【医生】哪里不舒服？\n【患者】：咳嗽两天\n[医生] 发烧吗？\n[家属]不发烧");
        assertThat(brackets.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.DOCTOR, Speaker.FAMILY);
        assertThat(brackets.utterances()).extracting(Utterance::text).containsExactly("哪里不舒服？", "咳嗽两天", "发烧吗？", "不发烧");
        // a label and a space, where the transcript is written so throughout
        Transcript spaced = Transcript.parse("医生 你好，哪里不舒服\n患者 孩子咳嗽两天了\n医生 发烧吗\n患者 不发烧");
        assertThat(spaced.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.DOCTOR, Speaker.PATIENT);
        assertThat(spaced.utterances().get(1).text()).isEqualTo("孩子咳嗽两天了");
        // ... but a patient addressing the doctor is no label
        Transcript addressed = Transcript.parse("医生 我头疼，怎么办");
        assertThat(addressed.utterances()).extracting(Utterance::text).containsExactly("医生 我头疼，怎么办");
        assertThat(addressed.utterances().get(0).speaker()).isEqualTo(Speaker.UNKNOWN);
        // a name or title holding a role word, even on two lines only; 我问医生 is no label
        Transcript named = Transcript.parse(String.join("\n", "主任医师张三：哪里不舒服？", "孩子妈妈：咳嗽两天了",
                "主任医师张三：发烧吗？", "患者本人：不发烧", "我问医生：要紧吗", "李主任：不要紧", "问：能吃奶吗", "答：可以"));
        assertThat(named.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.FAMILY,
                Speaker.DOCTOR, Speaker.PATIENT, Speaker.PATIENT, Speaker.DOCTOR, Speaker.PATIENT, Speaker.DOCTOR);
        assertThat(named.utterances().get(4).text()).isEqualTo("我问医生：要紧吗");
        assertThat(named.utterances().get(0).label()).isEqualTo("主任医师张三");
    }

    @Test
    void readsOtherJsonKeysForTheSpeaker() {
        Transcript t = Transcript.parse("[{\"role_id\": \"医生\", \"text\": \"哪里不舒服\"}, "
                + "{\"speakerName\": \"王医生\", \"text\": \"发烧吗\"}, {\"sender\": \"患者\", \"text\": \"不发烧\"}]");
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.DOCTOR,
                Speaker.PATIENT);
    }

    @Test
    void aKnownLabelWithAParentheticalBeforeTheColonIsThatLabel() {
        // issue 12 round 8: 患者（女，32岁）： was not a label, so the line became the doctor's wrapped words
        String input = String.join("\n",
                "医生（儿科）：孩子哪里不舒服？",
                "家属（母亲）：咳嗽两天了，晚上咳得厉害",
                "医生：发烧吗？",
                "病人(男,5岁):不发烧",
                "医生：你呢？",
                "患者（女，32岁）： 我嗓子疼");
        Transcript t = Transcript.parse(input);
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.FAMILY,
                Speaker.DOCTOR, Speaker.PATIENT, Speaker.DOCTOR, Speaker.PATIENT);
        assertThat(t.utterances()).extracting(Utterance::label).containsExactly("医生", "家属", "医生", "病人", "医生", "患者");
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("孩子哪里不舒服？", "咳嗽两天了，晚上咳得厉害",
                "发烧吗？", "不发烧", "你呢？", "我嗓子疼");
        assertThat(t.utterances()).allSatisfy(u -> {
            assertThat(u.speakerInferred()).isFalse();
            assertThat(input.substring(u.inputOffset(), u.inputOffset() + u.text().length())).isEqualTo(u.text());
        });
        // a parenthetical after a word that is no label stays speech
        Transcript v = Transcript.parse("医生：怎么了？\n昨天（周一）：开始咳嗽");
        assertThat(v.utterances().get(1).text()).isEqualTo("昨天（周一）：开始咳嗽");
    }

    @Test
    void keepsTheOffsetOfEachUtteranceInTheInput() {
        String input = "医生：哪里不舒服？\n患者：  嗓子疼。";
        Transcript t = Transcript.parse(input);
        Utterance u = t.utterances().get(1);
        assertThat(input.substring(u.inputOffset(), u.inputOffset() + u.text().length())).isEqualTo("嗓子疼。");
    }

    @Test
    void unlabelledLinesStayUnknownForRoleSeparation() {
        Transcript t = Transcript.parse("哪里不舒服\n我头疼两天了\n");
        assertThat(t.utterances()).extracting(Utterance::speaker).containsOnly(Speaker.UNKNOWN);
        assertThat(t.utterances()).extracting(Utterance::label).containsOnly("");
    }

    @Test
    void aWrappedLineInALabelledTranscriptKeepsThePreviousSpeaker() {
        Transcript t = Transcript.parse("患者：我咳嗽，\n晚上更厉害。\n医生：多久了？");
        assertThat(t.utterances().get(1).speaker()).isEqualTo(Speaker.PATIENT);
        assertThat(t.utterances().get(1).speakerInferred()).isTrue();
        assertThat(t.utterances().get(1).speakerConfidence()).isLessThan(1.0);
    }

    @Test
    void readsDiarisationLabelsAsSpeakerIdsWithoutARole() {
        Transcript t = Transcript.parse("spk_0: 哪里不舒服\n说话人2：肚子疼\nA: 多久了");
        assertThat(t.utterances()).extracting(Utterance::label).containsExactly("spk_0", "说话人2", "A");
        assertThat(t.utterances()).extracting(Utterance::speaker).containsOnly(Speaker.UNKNOWN);
    }

    @Test
    void aColonInsideSpeechIsNotALabel() {
        Transcript t = Transcript.parse("医生说：回去多喝水");
        assertThat(t.utterances().get(0).label()).isEmpty();
        assertThat(t.utterances().get(0).text()).isEqualTo("医生说：回去多喝水");
    }

    @Test
    void readsTimestampsBeforeTheLabel() {
        Transcript t = Transcript.parse("[00:01:05] 医生：哪里不舒服？\n[1:10.5] 患者：头晕");
        assertThat(t.utterances().get(0).start()).contains(Duration.ofSeconds(65));
        assertThat(t.utterances().get(1).start()).contains(Duration.ofMillis(70_500));
        assertThat(t.utterances().get(1).text()).isEqualTo("头晕");
    }

    @Test
    void readsHeaderLinesForDepartmentAndVisitTime() {
        Transcript t = Transcript.parse("科室：儿科\n就诊时间：2024年3月5日 9:30\n医生：宝宝怎么了？");
        assertThat(t.department()).map(g -> g.value()).contains("儿科");
        assertThat(t.visitTime()).map(g -> g.value()).contains("2024-03-05 09:30");
        assertThat(t.department().get().origin()).isEqualTo(Origin.INPUT);
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void readsAJsonArrayWithOptionalSpeakersAndTimes() {
        Transcript t = Transcript.parse("""
                [{"speaker":"医生","text":"哪里不舒服？","start":0.5,"end":2},
                 {"role":"patient","content":"拉肚子","start":"00:03.5"},
                 {"text":"一天几次？"},
                 {"text":"   "},
                 "五六次"]""");
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("哪里不舒服？", "拉肚子", "一天几次？", "五六次");
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.UNKNOWN, Speaker.UNKNOWN);
        assertThat(t.utterances().get(0).start()).contains(Duration.ofMillis(500));
        assertThat(t.utterances().get(0).end()).contains(Duration.ofSeconds(2));
        assertThat(t.utterances().get(1).start()).contains(Duration.ofMillis(3500));
        assertThat(t.utterances().get(0).inputOffset()).isEqualTo(-1);
    }

    @Test
    void readsJsonKeysWhateverTheirLetterCase() {
        // issue 12 round 8: {"Sentence": ...} was refused as an utterance without text
        Transcript t = Transcript.parse("""
                {"Utterances":[{"Speaker":"医生","Sentence":"哪里不舒服？"},
                 {"ROLE":"Patient","Text":"拉肚子","Start":1.5},
                 {"Role":"病人","CONTENT":"一天五六次"}],
                 "Department":"消化内科"}""");
        assertThat(t.utterances()).extracting(Utterance::text).containsExactly("哪里不舒服？", "拉肚子", "一天五六次");
        assertThat(t.utterances()).extracting(Utterance::speaker).containsExactly(Speaker.DOCTOR, Speaker.PATIENT,
                Speaker.PATIENT);
        assertThat(t.utterances().get(1).start()).contains(Duration.ofMillis(1500));
        assertThat(t.department()).map(g -> g.value()).contains("消化内科");
        // JSON without any text key is still a clear error
        assertThatThrownBy(() -> Transcript.parse("[{\"Speaker\":\"医生\",\"Words\":\"哪里不舒服？\"}]"))
                .isInstanceOf(TranscriptException.class)
                .hasMessage("utterance 1 has no text")
                .extracting(e -> ((TranscriptException) e).reason()).isEqualTo(TranscriptException.Reason.MALFORMED_JSON);
    }

    @Test
    void readsAJsonObjectWithHeaderFields() {
        Transcript t = Transcript.parse("""
                {"department":"呼吸内科","visitTime":"2024-03-05 08:05",
                 "utterances":[{"speaker":"spk_1","text":"咳嗽"}]}""");
        assertThat(t.department()).map(g -> g.value()).contains("呼吸内科");
        assertThat(t.visitTime()).map(g -> g.value()).contains("2024-03-05 08:05");
        assertThat(t.utterances().get(0).label()).isEqualTo("spk_1");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> Transcript.parse("  \n\t "))
                .isInstanceOfSatisfying(TranscriptException.class, e -> assertThat(e.reason()).isEqualTo(TranscriptException.Reason.EMPTY));
    }

    @Test
    void rejectsBinaryInputWithoutQuotingIt() {
        String binary = "医生\u0000\u0001\u0002PK\u0003\u0004";
        assertThatThrownBy(() -> Transcript.parse(binary))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TranscriptException.Reason.BINARY);
                    assertThat(e.getMessage()).doesNotContain("医生");
                });
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
        assertThatThrownBy(() -> Transcript.parse(notUtf8))
                .isInstanceOfSatisfying(TranscriptException.class, e -> assertThat(e.reason()).isEqualTo(TranscriptException.Reason.BINARY));
    }

    @Test
    void readsUtf8Bytes() {
        Transcript t = Transcript.parse("医生：哪里不舒服？".getBytes(StandardCharsets.UTF_8));
        assertThat(t.utterances().get(0).speaker()).isEqualTo(Speaker.DOCTOR);
    }

    @Test
    void readsGbkAndGb18030BytesDetectedOrStatedWithBomAndCrlf() {
        String dialogue = "科室：呼吸内科\n医生：哪里不舒服？\n患者：咳嗽三天了，痰多。\n";
        Transcript expected = Transcript.parse(dialogue);
        byte[] gbk = dialogue.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] bomUtf8 = ("\uFEFF" + dialogue.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = ("\uFEFF" + dialogue).getBytes(StandardCharsets.UTF_16LE);

        for (Transcript t : List.of(Transcript.parse(gbk), Transcript.parse(gbk, java.nio.charset.Charset.forName("GBK")),
                Transcript.parse(gbk, java.nio.charset.Charset.forName("GB18030")), Transcript.parse(bomUtf8),
                Transcript.parse(bomUtf8, StandardCharsets.UTF_8), Transcript.parse(utf16))) {
            assertThat(t.toString()).isEqualTo(expected.toString());
            assertThat(t.utterances()).extracting(Utterance::inputOffset)
                    .containsExactlyElementsOf(expected.utterances().stream().map(Utterance::inputOffset).toList());
            assertThat(t.department().orElseThrow().value()).isEqualTo("呼吸内科");
            assertThat(t.utterances()).extracting(Utterance::text).containsExactly("哪里不舒服？", "咳嗽三天了，痰多。");
        }
    }

    @Test
    void aStatedEncodingThatDoesNotFitIsABinaryErrorNamingIt() {
        byte[] gbk = "患者：咳嗽三天了".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> Transcript.parse(gbk, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TranscriptException.Reason.BINARY);
                    assertThat(e.getMessage()).contains("UTF-8").doesNotContain("咳嗽");
                });
    }

    @Test
    void rejectsFiveMegabytesOfTextQuickly() {
        String big = "患者：我咳嗽。\n".repeat(5 * 1024 * 1024 / 8);
        long start = System.nanoTime();
        assertThatThrownBy(() -> Transcript.parse(big))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TranscriptException.Reason.TOO_LONG);
                    assertThat(e.getMessage()).contains("limit is 100000");
                });
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertThat(Transcript.parse(big.substring(0, 200), 500).size()).isGreaterThan(10);
    }

    @Test
    void rejectsMalformedJsonWithItsPosition() {
        assertThatThrownBy(() -> Transcript.parse("[{\"text\": \"咳嗽\"},"))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TranscriptException.Reason.MALFORMED_JSON);
                    assertThat(e.getMessage()).contains("line 1");
                });
        assertThatThrownBy(() -> Transcript.parse("[{\"speaker\":\"医生\"}]"))
                .hasMessageContaining("utterance 1 has no text");
        assertThatThrownBy(() -> Transcript.parse("{\"foo\":1}")).hasMessageContaining("no \"utterances\" array");
    }

    @Test
    void jsonNestedDeeperThanTheParserAllowsIsMalformedNotACrash() {
        List<String> deep = List.of("[{\"text\":\"咳嗽\",\"extra\":" + "[".repeat(1_100) + "]".repeat(1_100) + "}]",
                "{\"utterances\":" + "[".repeat(1_500),
                "[{\"text\":" + "{\"a\":".repeat(1_200) + "1" + "}".repeat(1_200) + "}]");
        for (int i = 0; i < deep.size(); i++) {
            String input = deep.get(i);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Transcript.parse(input))).as("input %d", i)
                    .isInstanceOfSatisfying(TranscriptException.class,
                            e -> assertThat(e.reason()).isEqualTo(TranscriptException.Reason.MALFORMED_JSON));
        }
    }

    @Test
    void rejectsInputWithoutUtterances() {
        assertThatThrownBy(() -> Transcript.parse("科室：内科\n"))
                .isInstanceOfSatisfying(TranscriptException.class, e -> assertThat(e.reason()).isEqualTo(TranscriptException.Reason.NO_UTTERANCES));
        assertThatThrownBy(() -> Transcript.parse("[]")).isInstanceOf(TranscriptException.class);
    }

    @Test
    void findsUtterancesById() {
        Transcript t = Transcript.of(List.of(Utterance.of(0, Speaker.DOCTOR, "你好"), Utterance.of(1, Speaker.PATIENT, "头疼")));
        assertThat(t.utterance("u2")).map(Utterance::text).contains("头疼");
        assertThat(t.utterance("u3")).isEmpty();
        assertThat(t.utterance("x1")).isEmpty();
        assertThat(t.utterance("uu")).isEmpty();
        assertThat(t.textLength()).isEqualTo(4);
    }

    @Test
    void neverShowsContentInToString() {
        Transcript t = Transcript.parse("患者：我有乙肝。");
        assertThat(t.toString()).doesNotContain("乙肝");
        assertThat(t.utterances().get(0).toString()).doesNotContain("乙肝").contains("u1");
    }

    @Test
    void rejectsBadlyIndexedUtterances() {
        assertThatThrownBy(() -> Transcript.of(List.of(Utterance.of(1, Speaker.DOCTOR, "你好"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transcript.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Utterance.of(0, Speaker.DOCTOR, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
