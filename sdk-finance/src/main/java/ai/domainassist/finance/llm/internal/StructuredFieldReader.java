package ai.domainassist.finance.llm.internal;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.DocumentType;
import java.util.List;
import java.util.Map;

/**
 * Reads a document's fields with a model through sdk-core's structured output
 * ({@link ModelClient#extract}): the prompt {@code prompts/extract-claim-fields.v1.txt} lists the
 * fields with their labels, the document is the user message, the answer is a schema-checked
 * {@link FieldsAnswer}. Thread-safe.
 */
public final class StructuredFieldReader implements ModelFieldReader {
    private final ModelClient client;
    private final Prompts prompts;

    /**
     * The answer's shape.
     *
     * @param fields the fields read
     */
    public record FieldsAnswer(List<ModelField> fields) {
    }

    /**
     * @param client the model client
     * @param prompts the prompt templates
     */
    public StructuredFieldReader(ModelClient client, Prompts prompts) {
        this.client = client;
        this.prompts = prompts;
    }

    @Override
    public Answer read(ClaimDocument document, DocumentType type, Map<String, List<String>> fields) {
        StringBuilder list = new StringBuilder();
        fields.forEach((name, labels) -> list.append("- ").append(name).append(": ").append(String.join(" / ", labels))
                .append('\n'));
        String system = prompts.render("extract-claim-fields.v1.txt",
                Map.of("documentType", prompts.typeName(type), "fields", list.toString().strip()));
        ChatRequest request = ChatRequest.builder().messages(List.of(Message.system(system),
                Message.user(document.content()))).temperature(0.0).build();
        Extraction<FieldsAnswer> x = client.extract(request, FieldsAnswer.class);
        List<ModelField> got = x.value().fields() == null ? List.of() : x.value().fields();
        return new Answer(got, x.usage());
    }
}
