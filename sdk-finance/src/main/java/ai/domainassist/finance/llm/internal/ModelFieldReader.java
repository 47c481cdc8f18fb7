package ai.domainassist.finance.llm.internal;

import ai.domainassist.core.chat.Usage;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.DocumentType;
import java.util.List;
import java.util.Map;

/**
 * Asks a model for the fields of one document. Implementations are thread-safe and throw
 * {@link ai.domainassist.core.ModelException} (or a structured-output failure) when the model fails.
 */
public interface ModelFieldReader {

    /**
     * The model's answer for one document.
     *
     * @param fields the fields it read (not yet verified)
     * @param usage the tokens spent
     */
    record Answer(List<ModelField> fields, Usage usage) {
    }

    /**
     * Reads a document's fields.
     *
     * @param document the document
     * @param type its type
     * @param fields the field names to read with their labels
     * @return the answer
     */
    Answer read(ClaimDocument document, DocumentType type, Map<String, List<String>> fields);
}
