package ai.domainassist.gov.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A document title taken apart by the pattern 发文机关 + 关于 + 事由 + 文种.
 *
 * <p>Immutable and thread-safe. Absent parts are empty strings inside and {@link Optional} outside.
 */
public final class ParsedTitle {
    private final String text;
    private final String authority;
    private final String subject;
    private final DocumentType type;
    private final String typeWord;
    private final String nonStatutoryWord;
    private final String doubledWord;
    private final boolean about;
    private final String annotation;

    /**
     * Creates a parsed title.
     *
     * @param text the title as written
     * @param authority the issuing body before 关于 (or before 批转/转发/印发), or empty
     * @param subject the 事由 between 关于 and the type word, or empty
     * @param type the statutory type the title ends with, or {@code null} when it names none
     * @param typeWord the type word as written (复函, 嘉奖令, 令 ...), or empty
     * @param nonStatutoryWord a non-statutory type word the title ends with instead (规定, 办法, 方案 ...), or empty
     * @param doubledWord a second type word written right before the type word (请示报告 gives 请示), or empty
     * @param about whether the title has 关于
     * @param annotation a trailing parenthetical such as （摘要） or （2011年修订）, or empty
     * @throws NullPointerException if a string is {@code null}
     */
    public ParsedTitle(String text, String authority, String subject, DocumentType type, String typeWord,
            String nonStatutoryWord, String doubledWord, boolean about, String annotation) {
        this.text = Objects.requireNonNull(text, "text");
        this.authority = Objects.requireNonNull(authority, "authority");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.type = type;
        this.typeWord = Objects.requireNonNull(typeWord, "typeWord");
        this.nonStatutoryWord = Objects.requireNonNull(nonStatutoryWord, "nonStatutoryWord");
        this.doubledWord = Objects.requireNonNull(doubledWord, "doubledWord");
        this.about = about;
        this.annotation = Objects.requireNonNull(annotation, "annotation");
    }

    /** @return the title as written */
    public String text() {
        return text;
    }

    /** @return the issuing body named in the title */
    public Optional<String> authority() {
        return authority.isEmpty() ? Optional.empty() : Optional.of(authority);
    }

    /** @return the 事由 */
    public Optional<String> subject() {
        return subject.isEmpty() ? Optional.empty() : Optional.of(subject);
    }

    /** @return the statutory type the title names */
    public Optional<DocumentType> type() {
        return Optional.ofNullable(type);
    }

    /** @return the type word as written (复函 for 函, 嘉奖令 for 命令) */
    public Optional<String> typeWord() {
        return typeWord.isEmpty() ? Optional.empty() : Optional.of(typeWord);
    }

    /** @return the non-statutory type word the title ends with, such as 规定 or 方案 */
    public Optional<String> nonStatutoryWord() {
        return nonStatutoryWord.isEmpty() ? Optional.empty() : Optional.of(nonStatutoryWord);
    }

    /** @return a second type word doubled before the type word (文种重叠, 请示报告) */
    public Optional<String> doubledWord() {
        return doubledWord.isEmpty() ? Optional.empty() : Optional.of(doubledWord);
    }

    /** @return whether the title has 关于 */
    public boolean hasAbout() {
        return about;
    }

    /** @return a trailing parenthetical such as （摘要） */
    public Optional<String> annotation() {
        return annotation.isEmpty() ? Optional.empty() : Optional.of(annotation);
    }

    @Override
    public String toString() {
        return "ParsedTitle[" + text + ", type=" + type + ", authority=" + authority + ", subject=" + subject + "]";
    }
}
