package ai.domainassist.medical.llm.internal;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import java.util.Map;

/**
 * Asks the model for the record through structured output: the prompt templates of
 * {@code ai/domainassist/medical/prompts/} (versioned files), the kept utterances with their ids
 * and roles, and in hybrid mode the offline engine's draft to fill and improve. Thread-safe.
 */
public final class ModelRecordWriter {
    /** The prompt version, recorded with every call (as the task label's prefix). */
    public static final String PROMPT_VERSION = "outpatient-record-v2";

    private final String system = prompt("prompts/outpatient-record-system-v2.txt");
    private final String user = prompt("prompts/outpatient-record-user-v1.txt");
    private final String draftTemplate = prompt("prompts/outpatient-record-draft-v1.txt");

    /**
     * Builds the request.
     *
     * @param transcript the dialogue
     * @param rules the offline engine's record (its utterance decisions say which utterances are
     *     kept; its sections are shown to the model when {@code showDraft})
     * @param showDraft whether to show the offline draft (hybrid mode)
     * @param task the task label for usage and audit
     * @return the request
     */
    public ChatRequest request(Transcript transcript, OutpatientRecord rules, boolean showDraft, String task) {
        StringBuilder dialogue = new StringBuilder();
        for (int i = 0; i < transcript.size(); i++) {
            Utterance u = transcript.utterances().get(i);
            UtteranceDecision d = rules.utterances().get(i);
            if (d.kept()) {
                dialogue.append('[').append(u.id()).append("] ").append(d.speaker().chinese()).append('：').append(u.text())
                        .append('\n');
            }
        }
        String draft = "（没有规则草稿，请直接根据对话书写。）";
        if (showDraft && !rules.sections().isEmpty()) {
            StringBuilder sections = new StringBuilder();
            for (Map.Entry<Section, ai.domainassist.core.grounding.Grounded<String>> e : rules.sections().entrySet()) {
                sections.append(e.getKey().title()).append('：').append(e.getValue().value()).append('\n');
            }
            draft = draftTemplate.replace("{{sections}}", sections.toString().strip());
        }
        String userText = user.replace("{{dialogue}}", dialogue.toString().strip()).replace("{{draft}}", draft);
        return ChatRequest.builder().system(system).user(userText).temperature(0.0).task(task).build();
    }

    /**
     * Asks the model.
     *
     * @param client the model client
     * @param request the request from {@link #request}
     * @return the draft, the raw answer, attempts and usage
     * @throws ai.domainassist.core.ModelException if the call fails or no valid JSON came back
     *     after one re-ask ({@code StructuredOutputException})
     */
    public Extraction<RecordDraft> write(ModelClient client, ChatRequest request) {
        return client.extract(request, RecordDraft.class);
    }

    private static String prompt(String name) {
        StringBuilder sb = new StringBuilder();
        for (String line : DataFile.text(name).split("\n", -1)) {
            if (!line.startsWith("#")) {
                sb.append(line).append('\n');
            }
        }
        String s = sb.toString().strip();
        if (s.isEmpty()) {
            throw new IllegalStateException("empty prompt " + name);
        }
        return s;
    }
}
