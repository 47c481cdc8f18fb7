package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity card (居民身份证) as printed. Whether the number's checksum holds and whether
 * the printed birth date and sex agree with the number is judged by the checks, not here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param name 姓名
 * @param sex 性别 (男 / 女)
 * @param ethnicity 民族
 * @param birthDate 出生
 * @param address 住址
 * @param idNumber 公民身份号码 (18 characters, upper-case X)
 */
public record IdentityDocument(String documentId, Optional<Grounded<String>> name, Optional<Grounded<String>> sex,
        Optional<Grounded<String>> ethnicity, Optional<Grounded<LocalDate>> birthDate, Optional<Grounded<String>> address,
        Optional<Grounded<String>> idNumber) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @param name 姓名
     * @param sex 性别 (男 / 女)
     * @param ethnicity 民族
     * @param birthDate 出生
     * @param address 住址
     * @param idNumber 公民身份号码 (18 characters, upper-case X)
     * @throws NullPointerException if a component is {@code null}
     */
    public IdentityDocument {
        Objects.requireNonNull(documentId, "documentId");
    }

    @Override
    public DocumentType type() {
        return DocumentType.ID_CARD;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        return new FieldMap().put("name", name).put("sex", sex).put("ethnicity", ethnicity).put("birthDate", birthDate)
                .put("address", address).put("idNumber", idNumber).build();
    }
}
