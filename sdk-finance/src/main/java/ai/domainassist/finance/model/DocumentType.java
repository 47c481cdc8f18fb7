package ai.domainassist.finance.model;

/** The kinds of claim material the assistant recognises. */
public enum DocumentType {
    /** 门诊收费票据: an outpatient medical invoice. */
    INVOICE_OUTPATIENT,
    /** 住院收费票据: an inpatient medical invoice. */
    INVOICE_INPATIENT,
    /** 费用明细清单: the itemised expense list of a stay or visit. */
    EXPENSE_LIST,
    /** 出院小结 / 出院记录: the discharge summary. */
    DISCHARGE_SUMMARY,
    /** 诊断证明书: the diagnosis certificate. */
    DIAGNOSIS_CERTIFICATE,
    /** 居民身份证: the identity card. */
    ID_CARD,
    /** 银行卡: the bank card for the payout. */
    BANK_CARD,
    /** 理赔申请书: the signed claim form. */
    CLAIM_FORM,
    /** 医保结算单 / 分割单: the social-insurance settlement statement. */
    SETTLEMENT_STATEMENT,
    /** Not recognised. */
    UNKNOWN;

    /** @return whether this is a medical invoice, outpatient or inpatient */
    public boolean isInvoice() {
        return this == INVOICE_OUTPATIENT || this == INVOICE_INPATIENT;
    }
}
