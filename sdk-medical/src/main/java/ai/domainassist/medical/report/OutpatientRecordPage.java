package ai.domainassist.medical.report;

import ai.domainassist.core.Result;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.report.PageBuilder;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.report.internal.RecordPageLayout;
import java.util.Locale;
import java.util.Objects;

/**
 * The review page of an outpatient record, shaped like the record a doctor signs: the sections in
 * the order of 《病历书写基本规范》 (主诉, 现病史, 既往史, 过敏史, 个人史, 家族史, 体格检查, 辅助检查,
 * 初步诊断, 处理意见), each sentence followed by links to the words of the dialogue it rests on,
 * the structured items of each section as rows (症状 | 有/无/不确定 | 起病 | 持续 | 部位 | 证据 ...),
 * each review flag beside the section it concerns; and beside the record the dialogue, each
 * utterance with its speaker (医生, 患者, 家属; a role inferred from content marked as such), the
 * words the record cites highlighted and linked back, and the utterances left out greyed with the
 * reason.
 *
 * <pre>{@code
 * Result<OutpatientRecord> result = assistant.structure(transcript);
 * OutpatientRecordPage.builder(result, transcript).build().writeTo(Path.of("visit-0311.html"));
 * }</pre>
 *
 * <p>One self-contained HTML file (no script, font, image or request), readable at 1280 pixels
 * and wider and printable on A4. Its words come from {@code report/labels_zh.properties} of this
 * package and sdk-core's; a deployment rewords them with {@link Builder#labels(ReportLabels)}.
 *
 * <p>Stateless and thread-safe; each {@link Builder} is used by one thread.
 */
public final class OutpatientRecordPage {
    private static final ReportLabels WORDS = ReportLabels.core(Locale.SIMPLIFIED_CHINESE)
            .overriddenBy(ReportLabels.fromResource(OutpatientRecordPage.class, "/ai/domainassist/medical/report/labels_zh.properties"));

    /** When the page shows a value's confidence. */
    public enum Confidence {
        /**
         * Only where a confidence is a measurement (the default): a value the offline engine wrote
         * ({@code Origin.RULES}) whose rule class was measured (see {@code OutpatientRecord}: classes
         * not measured, or measured on too few items, carry 1.0, which makes no claim). A model-written
         * value's confidence is not measured and is never shown.
         */
        WHEN_NOT_DEFAULT,
        /** On every section and item. */
        ALWAYS,
        /** Nowhere. */
        NEVER
    }

    private OutpatientRecordPage() {
    }

    /**
     * Starts a page.
     *
     * @param result the structuring result
     * @param transcript the transcript it was structured from (the page shows its utterances)
     * @return a builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Builder builder(Result<OutpatientRecord> result, Transcript transcript) {
        return new Builder(Objects.requireNonNull(result, "result"), Objects.requireNonNull(transcript, "transcript"));
    }

    /** @return the page's own words, over sdk-core's shared ones */
    public static ReportLabels defaultLabels() {
        return WORDS;
    }

    /** Configures an {@link OutpatientRecordPage}. Not thread-safe. */
    public static final class Builder extends PageBuilder<Builder> {
        private final Result<OutpatientRecord> result;
        private final Transcript transcript;
        private Confidence confidence = Confidence.WHEN_NOT_DEFAULT;

        private Builder(Result<OutpatientRecord> result, Transcript transcript) {
            this.result = result;
            this.transcript = transcript;
        }

        /**
         * Sets where confidences are shown; by default only where one is below 1.00.
         *
         * @param confidence when to show a confidence
         * @return this builder
         * @throws NullPointerException if {@code confidence} is {@code null}
         */
        public Builder confidence(Confidence confidence) {
            this.confidence = Objects.requireNonNull(confidence, "confidence");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ReviewPage build() {
            ReportLabels words = words(WORDS);
            return new RecordPageLayout(result, transcript, words, titleOr(words.get("medical.title")),
                    switch (confidence) {
                        // 1.00 as shown is no claim; a model's value carries an unmeasured 0.5
                        case WHEN_NOT_DEFAULT -> g -> g.origin() == Origin.RULES && g.confidence() < 0.995;
                        case ALWAYS -> g -> true;
                        case NEVER -> g -> false;
                    }).write();
        }
    }
}
