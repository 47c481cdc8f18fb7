package ai.domainassist.medical;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.internal.shared.SetOnce;
import ai.domainassist.core.observe.TaskEvents;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.medical.llm.internal.DraftVerifier;
import ai.domainassist.medical.llm.internal.ModelRecordWriter;
import ai.domainassist.medical.llm.internal.RecordDraft;
import ai.domainassist.medical.llm.internal.RecordMerger;
import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.medical.check.RecordChecks;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import ai.domainassist.medical.rules.internal.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts an outpatient record from a doctor-patient dialogue, for the doctor to review and sign.
 *
 * <pre>{@code
 * MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();   // offline
 * Result<OutpatientRecord> result = assistant.structure(Transcript.parse(text));
 * result.value();   // the record, every field with its evidence in the transcript
 * result.flags();   // what the doctor must look at: missing, conflicting, out of range, ungrounded
 * }</pre>
 *
 * <p>A task runs as: roles separated and irrelevant talk filtered, the record produced, then the
 * same {@link RecordChecks} judge it whoever produced it. Without a model the offline engine
 * (lexicons and rules, {@link Mode#OFFLINE}) produces the whole record. With a model
 * ({@link Builder#model}), the rules run first; the model writes the record through structured
 * output, quoting the dialogue for every section, symptom and diagnosis; the quotes are checked by
 * the core grounding verifier; a model section is used only when all its quotes are in the
 * dialogue, its medical terms are supported and the checks raise nothing new against it, else the
 * rules' section stands and the model's is flagged ({@link Mode#HYBRID}, the default, also shows
 * the rules' draft to the model and keeps the rules' sections where the model wrote none;
 * {@link Mode#MODEL} uses the model's sections only, falling back to the rules' where the
 * model's fail). If the model call fails, the rules' record is returned with
 * {@link Mode#DEGRADED} and a {@code DEGRADED} flag. When the model was called, the result's
 * audit id ({@code medical.structure#<8 hex digits>}) is on the call's audit records
 * ({@code AuditRecord.auditId}).
 *
 * <p>Built once, immutable and thread-safe: share one instance between threads.
 */
public final class MedicalRecordAssistant {
    /** Below this confidence an inferred speaker role is flagged for review. */
    public static final double LOW_ROLE_CONFIDENCE = 0.6;

    private static final Logger LOG = LoggerFactory.getLogger(MedicalRecordAssistant.class);

    private final ModelClient model;
    private final RuleEngine engine;
    private final RecordChecks checks;
    private final Mode mode;
    private final ModelRecordWriter writer = new ModelRecordWriter();
    private final DraftVerifier verifier = new DraftVerifier();
    private final RecordMerger merger;
    private final TaskEvents events;
    private final Builder settings;

    private MedicalRecordAssistant(Builder b) {
        this.settings = b.copy();
        this.events = TaskEvents.of(b.listeners);
        this.model = b.model;
        this.engine = new RuleEngine(b.lexicon, b.triggers);
        this.checks = b.checks != null ? b.checks : RecordChecks.standard(b.lexicon);
        this.mode = b.model == null ? Mode.OFFLINE : b.mode;
        this.merger = new RecordMerger(engine.lexicons(), checks);
    }

    /** @return a builder: no model, the shipped lexicon, the standard checks */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this assistant's settings (model, lexicon, checks, mode, listeners), to
     * build a variant: {@code assistant.toBuilder().mode(Mode.MODEL).build()}. Each setting may be
     * replaced once on it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /** @return how records are produced: OFFLINE without a model, MODEL or HYBRID with one */
    public Mode mode() {
        return mode;
    }

    /**
     * Drafts the record of a dialogue.
     *
     * @param transcript the dialogue ({@link Transcript#parse(String)})
     * @return the record with review flags; a dialogue without clinical content gives a record
     *     without sections and an ERROR flag saying so, never a silent empty record (and the model,
     *     if any, is not called for it)
     * @throws NullPointerException if {@code transcript} is {@code null}
     */
    public Result<OutpatientRecord> structure(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        return events.task("medical.structure", () -> structureTask(transcript));
    }

    private Result<OutpatientRecord> structureTask(Transcript transcript) {
        OutpatientRecord rules = engine.structure(transcript);
        if (model == null || !hasClinicalContent(rules)) {
            // no model configured, or nothing clinical for a model to write about: the offline answer
            return Result.offline(rules, judge(rules, transcript));
        }
        Extraction<RecordDraft> answer;
        try {
            // the task's audit id (TaskEvents) goes on the request and on the result
            ChatRequest request = writer.request(transcript, rules, mode == Mode.HYBRID, "medical.structure");
            answer = writer.write(model, request);
        } catch (ModelException e) {
            LOG.warn("model failed ({}), offline record returned", e.getClass().getSimpleName());
            List<ReviewFlag> flags = new ArrayList<>();
            flags.add(ReviewFlag.of(ReviewFlag.Kind.DEGRADED, "", "模型调用失败（" + e.getClass().getSimpleName()
                    + "），已使用离线规则引擎的结果"));
            flags.addAll(judge(rules, transcript));
            return new Result<>(rules, flags, Mode.DEGRADED, Usage.ZERO, null);
        }
        DraftVerifier.Verified verified = verifier.verify(answer.value(), transcript);
        RecordMerger.Merged merged = merger.merge(mode, rules, answer.value(), verified, transcript,
                engine.prepare(transcript));
        List<ReviewFlag> flags = new ArrayList<>(merged.flags());
        if (answer.truncated()) {
            flags.add(ReviewFlag.of(ReviewFlag.Kind.LOW_CONFIDENCE, "", "模型回答达到长度上限，可能不完整"));
        }
        flags.addAll(judge(merged.record(), transcript));
        return new Result<>(merged.record(), flags, mode, answer.usage(), null);
    }

    /**
     * The checks and the notes about the dialogue itself (no clinical content, uncertain roles).
     *
     * @param record the record
     * @param transcript the dialogue
     * @return the flags
     */
    List<ReviewFlag> judge(OutpatientRecord record, Transcript transcript) {
        List<ReviewFlag> flags = new ArrayList<>();
        if (!hasClinicalContent(record)) {
            flags.add(new ReviewFlag(ReviewFlag.Kind.MISSING, Severity.ERROR, "",
                    "对话中没有找到临床内容（症状、体征、病史、用药、检查、诊断或医嘱），未生成病历内容", List.of()));
        }
        for (UtteranceDecision d : record.utterances()) {
            if (d.kept() && d.speakerInferred() && d.speakerConfidence() < LOW_ROLE_CONFIDENCE) {
                flags.add(ReviewFlag.of(ReviewFlag.Kind.LOW_CONFIDENCE, "utterances." + d.utteranceId(),
                        "说话人角色推断为“" + d.speaker().chinese() + "”，把握度" + Math.round(d.speakerConfidence() * 100)
                                + "%，请核对", transcript.utterance(d.utteranceId())
                                .map(u -> List.of(ai.domainassist.core.grounding.Evidence.of(u.id(), u.text(), 0,
                                        u.text().length()))).orElse(List.of())));
            }
        }
        flags.addAll(checks.check(record, transcript));
        return flags;
    }

    private static boolean hasClinicalContent(OutpatientRecord r) {
        return !(r.symptoms().isEmpty() && r.vitalSigns().isEmpty() && r.findings().isEmpty() && r.medications().isEmpty()
                && r.allergies().isEmpty() && r.history().isEmpty() && r.examinations().isEmpty()
                && r.diagnoses().isEmpty() && r.advice().isEmpty());
    }

    /**
     * Configures a {@link MedicalRecordAssistant}. Every setter checks its argument at once ({@code model(null)} throws:
     * leave the call out for the offline engine); each setting may be set once per builder (a second call
     * throws {@link IllegalStateException} naming it), except {@code listener}, which adds; {@link #build()}
     * checks the combination and returns an immutable, thread-safe assistant. Not thread-safe; may build
     * more than once.
     */
    public static final class Builder {
        private ModelClient model;
        private TermLexicon lexicon = TermLexicon.defaults();
        private AssertionTriggers triggers = AssertionTriggers.defaults();
        private RecordChecks checks;
        private Mode mode = Mode.HYBRID;
        private final List<ModelCallListener> listeners = new ArrayList<>();
        private final SetOnce options = new SetOnce();

        private Builder() {
        }

        /** A copy with the same settings, none of them set on it yet (each may be replaced once). */
        private Builder copy() {
            Builder b = new Builder();
            b.model = model;
            b.lexicon = lexicon;
            b.checks = checks;
            b.mode = mode;
            b.listeners.addAll(listeners);
            return b;
        }

        private void once(String option) {
            options.mark(option);
        }

        /**
         * Tells a listener when each task starts and ends ({@code medical.structure}, with the
         * result's mode and flags), for metrics and traces; the model client's own listeners see
         * the model calls. May be called more than once: every listener is told.
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException if {@code listener} is {@code null}
         */
        public Builder listener(ModelCallListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Uses a model: the record is then produced in {@link Mode#HYBRID} (default) or
         * {@link Mode#MODEL} mode. The assistant does not close the client. Without this call
         * the offline engine runs.
         *
         * @param model the client
         * @return this builder
         * @throws NullPointerException if {@code model} is {@code null} (leave the call out for the offline engine)
         * @throws IllegalStateException if a model was already set on this builder
         */
        public Builder model(ModelClient model) {
            Objects.requireNonNull(model, "model");
            once("model");
            this.model = model;
            return this;
        }

        /**
         * The term lexicon, for example {@code TermLexicon.defaults().with(TermLexicon.load(hospitalFile))}.
         *
         * @param lexicon the lexicon
         * @return this builder
         * @throws NullPointerException if {@code lexicon} is {@code null}
         * @throws IllegalStateException if a lexicon was already set on this builder
         */
        public Builder lexicon(TermLexicon lexicon) {
            Objects.requireNonNull(lexicon, "lexicon");
            once("lexicon");
            this.lexicon = lexicon;
            return this;
        }

        /**
         * The trigger words of the assertion layer (what denies, hedges, supposes, teaches, or puts a
         * symptom on someone else), for example
         * {@code AssertionTriggers.defaults().with(AssertionTriggers.load(hospitalFile))}.
         *
         * @param triggers the triggers
         * @return this builder
         */
        public Builder assertionTriggers(AssertionTriggers triggers) {
            this.triggers = Objects.requireNonNull(triggers, "triggers");
            return this;
        }

        /**
         * The checks (default {@link RecordChecks#standard(TermLexicon)} with this builder's lexicon).
         *
         * @param checks the checks
         * @return this builder
         * @throws NullPointerException if {@code checks} is {@code null}
         * @throws IllegalStateException if checks were already set on this builder
         */
        public Builder checks(RecordChecks checks) {
            Objects.requireNonNull(checks, "checks");
            once("checks");
            this.checks = checks;
            return this;
        }

        /**
         * How a configured model is used: {@link Mode#HYBRID} (rules first, the model fills in and
         * improves; the default) or {@link Mode#MODEL} (the model writes the record, the rules'
         * answer stands only where the model's fails).
         *
         * @param mode HYBRID or MODEL
         * @return this builder
         * @throws IllegalArgumentException for OFFLINE or DEGRADED (omit the model for offline)
         * @throws IllegalStateException if a mode was already set on this builder
         */
        public Builder mode(Mode mode) {
            if (mode != Mode.HYBRID && mode != Mode.MODEL) {
                throw new IllegalArgumentException("mode must be HYBRID or MODEL; build without a model for OFFLINE");
            }
            once("mode");
            this.mode = mode;
            return this;
        }

        /**
         * Builds the assistant (loads the lexicon and rule tables once). No side effect beyond
         * memory: nothing is written or opened. The builder may build again.
         *
         * @return the assistant
         */
        public MedicalRecordAssistant build() {
            return new MedicalRecordAssistant(this);
        }
    }
}
