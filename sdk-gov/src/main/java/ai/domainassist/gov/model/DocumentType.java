package ai.domainassist.gov.model;

import java.util.Optional;

/**
 * The fifteen statutory document types (文种) of 《党政机关公文处理工作条例》 (中办发〔2012〕14号) 第八条.
 *
 * <p>What each type requires (addressee, 签发人, 发文字号 ...) is data, read from
 * {@code rules/document-types.tsv}; see {@code check.NormativeChecker}.
 */
public enum DocumentType {
    /** 决议: major decisions adopted by a meeting. */
    RESOLUTION("决议"),
    /** 决定: decisions and arrangements on important matters, rewards and penalties. */
    DECISION("决定"),
    /** 命令（令）: promulgating regulations, compulsory measures, honours. */
    ORDER("命令"),
    /** 公报: publishing important decisions or major events. */
    COMMUNIQUE("公报"),
    /** 公告: announcing important or statutory matters at home and abroad. */
    ANNOUNCEMENT("公告"),
    /** 通告: announcing, within a scope, matters to be observed or known. */
    PUBLIC_NOTICE("通告"),
    /** 意见: views and ways of handling important questions. */
    OPINION("意见"),
    /** 通知: matters subordinate bodies must carry out or know; forwarding documents. */
    NOTICE("通知"),
    /** 通报: commending, criticising, conveying important information. */
    CIRCULAR("通报"),
    /** 报告: reporting work or situations to a superior, answering its enquiries. */
    REPORT("报告"),
    /** 请示: asking a superior for instructions or approval. */
    REQUEST("请示"),
    /** 批复: answering a subordinate's 请示. */
    REPLY("批复"),
    /** 议案: a people's government submitting matters to the people's congress. */
    MOTION("议案"),
    /** 函: business between bodies not in a line of authority. */
    LETTER("函"),
    /** 纪要: the main points and agreed matters of a meeting. */
    MINUTES("纪要");

    private final String chineseName;

    DocumentType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the type's name as written in a title, for example {@code 通知}; 命令（令） gives {@code 命令} */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The type a name denotes: the fifteen names, plus {@code 令} for 命令.
     *
     * @param name a type name such as {@code 请示}
     * @return the type, or empty when the name is not one of the statutory names
     */
    public static Optional<DocumentType> fromName(String name) {
        if ("令".equals(name)) {
            return Optional.of(ORDER);
        }
        for (DocumentType t : values()) {
            if (t.chineseName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
