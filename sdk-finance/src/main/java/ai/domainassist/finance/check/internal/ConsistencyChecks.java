package ai.domainassist.finance.check.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.check.BankCardNumbers;
import ai.domainassist.finance.check.IdCardNumbers;
import ai.domainassist.finance.model.BankAccount;
import ai.domainassist.finance.model.ClaimForm;
import ai.domainassist.finance.model.DiagnosisCertificate;
import ai.domainassist.finance.model.DischargeSummary;
import ai.domainassist.finance.model.ExpenseItem;
import ai.domainassist.finance.model.ExpenseList;
import ai.domainassist.finance.model.IdentityDocument;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.model.SettlementStatement;
import ai.domainassist.finance.rules.internal.RuleTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of the materials against each other and against the policy holder: names, ID numbers,
 * bank cards, invoice arithmetic (items, payment components, 大写 = 小写), amounts that cannot be
 * negative, days in hospital and date order. Whichever engine extracted the materials, these judge them. Stateless.
 */
public final class ConsistencyChecks {
    private final RuleTable rules;

    /** @param rules the rule table */
    public ConsistencyChecks(RuleTable rules) {
        this.rules = rules;
    }

    /**
     * Runs every consistency check.
     *
     * @param ctx the claim
     * @return the alerts
     */
    public List<RiskAlert> run(ClaimContext ctx) {
        List<RiskAlert> out = new ArrayList<>();
        names(ctx, out);
        identity(ctx, out);
        bank(ctx, out);
        for (MedicalInvoice inv : ctx.materials().invoices()) {
            invoiceArithmetic(inv, out);
        }
        expenseLists(ctx, out);
        negativeAmounts(ctx, out);
        stayDays(ctx, out);
        dateOrder(ctx, out);
        return out;
    }

    private void names(ClaimContext ctx, List<RiskAlert> out) {
        String insured = Ev.name(ctx.policy().insuredName());
        List<Grounded<String>> names = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (MedicalInvoice i : ctx.materials().invoices()) {
            i.payer().ifPresent(n -> add(names, where, n, i.documentId() + ".payer"));
        }
        for (ExpenseList l : ctx.materials().all(ExpenseList.class)) {
            l.patientName().ifPresent(n -> add(names, where, n, l.documentId() + ".patientName"));
        }
        for (DischargeSummary d : ctx.materials().all(DischargeSummary.class)) {
            d.patientName().ifPresent(n -> add(names, where, n, d.documentId() + ".patientName"));
        }
        for (DiagnosisCertificate d : ctx.materials().all(DiagnosisCertificate.class)) {
            d.patientName().ifPresent(n -> add(names, where, n, d.documentId() + ".patientName"));
        }
        for (IdentityDocument d : ctx.materials().all(IdentityDocument.class)) {
            d.name().ifPresent(n -> add(names, where, n, d.documentId() + ".name"));
        }
        for (SettlementStatement s : ctx.materials().all(SettlementStatement.class)) {
            s.patientName().ifPresent(n -> add(names, where, n, s.documentId() + ".patientName"));
        }
        ctx.form().ifPresent(f -> f.insuredName().ifPresent(n -> add(names, where, n, f.documentId() + ".insuredName")));
        for (int i = 0; i < names.size(); i++) {
            if (!Ev.name(names.get(i).value()).equals(insured)) {
                out.add(rules.alert("NAME_MISMATCH", where.get(i), "姓名「" + names.get(i).value() + "」与被保险人「"
                        + ctx.policy().insuredName() + "」不一致", names.get(i).evidence()));
            }
        }
        // the account may belong to the insured or to the claimant (a parent for a minor)
        Optional<ClaimForm> form = ctx.form();
        Optional<String> claimant = form.flatMap(ClaimForm::claimantName).map(g -> Ev.name(g.value()));
        List<Grounded<String>> holders = new ArrayList<>();
        List<String> holderWhere = new ArrayList<>();
        form.ifPresent(f -> f.accountHolder().ifPresent(h -> add(holders, holderWhere, h, f.documentId() + ".accountHolder")));
        for (BankAccount b : ctx.materials().all(BankAccount.class)) {
            b.holder().ifPresent(h -> add(holders, holderWhere, h, b.documentId() + ".holder"));
        }
        for (int i = 0; i < holders.size(); i++) {
            String h = Ev.name(holders.get(i).value());
            if (!h.equals(insured) && !claimant.map(h::equals).orElse(false)) {
                out.add(rules.alert("NAME_MISMATCH", holderWhere.get(i), "收款账户户名「" + holders.get(i).value()
                        + "」既非被保险人也非申请人", holders.get(i).evidence()));
            }
        }
    }

    private static void add(List<Grounded<String>> names, List<String> where, Grounded<String> n, String field) {
        names.add(n);
        where.add(field);
    }

    private void identity(ClaimContext ctx, List<RiskAlert> out) {
        List<Grounded<String>> numbers = new ArrayList<>();
        for (IdentityDocument d : ctx.materials().all(IdentityDocument.class)) {
            if (d.idNumber().isEmpty()) {
                continue;
            }
            Grounded<String> id = d.idNumber().get();
            numbers.add(id);
            String f = d.documentId() + ".idNumber";
            if (!IdCardNumbers.isValid(id.value())) {
                out.add(rules.alert("ID_INCONSISTENT", f, "身份证号码 " + IdCardNumbers.mask(id.value())
                        + " 校验位或出生日期无效", id.evidence()));
                continue;
            }
            Optional<LocalDate> born = IdCardNumbers.birthDate(id.value());
            if (d.birthDate().isPresent() && !d.birthDate().get().value().equals(born.orElse(null))) {
                out.add(rules.alert("ID_INCONSISTENT", d.documentId() + ".birthDate", "证件出生日期 "
                        + d.birthDate().get().value() + " 与身份证号码所含出生日期不符", Ev.of(d.birthDate(), d.idNumber())));
            }
            Optional<String> sex = IdCardNumbers.sex(id.value());
            if (d.sex().isPresent() && !d.sex().get().value().equals(sex.orElse(null))) {
                out.add(rules.alert("ID_INCONSISTENT", d.documentId() + ".sex", "证件性别「" + d.sex().get().value()
                        + "」与身份证号码第17位不符", Ev.of(d.sex(), d.idNumber())));
            }
        }
        ctx.form().flatMap(ClaimForm::insuredIdNumber).ifPresent(numbers::add);
        Optional<String> policyId = ctx.policy().insuredIdNumber();
        for (Grounded<String> n : numbers) {
            if (policyId.isPresent() && !policyId.get().equalsIgnoreCase(n.value())) {
                out.add(rules.alert("ID_INCONSISTENT", "idNumber", "证件号码 " + IdCardNumbers.mask(n.value())
                        + " 与保单被保险人证件号码不一致", n.evidence()));
            }
        }
        for (int i = 1; i < numbers.size(); i++) {
            if (!numbers.get(i).value().equalsIgnoreCase(numbers.get(0).value())) {
                out.add(rules.alert("ID_INCONSISTENT", "idNumber", "身份证与理赔申请书上的证件号码不一致",
                        Ev.of(numbers.get(0), numbers.get(i))));
            }
        }
    }

    private void bank(ClaimContext ctx, List<RiskAlert> out) {
        List<Grounded<String>> cards = new ArrayList<>();
        for (BankAccount b : ctx.materials().all(BankAccount.class)) {
            b.cardNumber().ifPresent(cards::add);
        }
        ctx.form().flatMap(ClaimForm::accountNumber).ifPresent(cards::add);
        for (Grounded<String> c : cards) {
            if (!BankCardNumbers.isValid(c.value())) {
                out.add(rules.alert("BANK_CARD_INVALID", "accountNumber", "银行卡号 " + BankCardNumbers.mask(c.value())
                        + " 未通过 Luhn 校验", c.evidence()));
            }
        }
        for (int i = 1; i < cards.size(); i++) {
            if (!cards.get(i).value().equals(cards.get(0).value())) {
                out.add(rules.alert("BANK_CARD_INVALID", "accountNumber", "银行卡与理赔申请书上的收款账号不一致",
                        Ev.of(cards.get(0), cards.get(i))));
            }
        }
    }

    private void invoiceArithmetic(MedicalInvoice inv, List<RiskAlert> out) {
        String id = inv.documentId();
        if (inv.total().isEmpty()) {
            return;
        }
        Grounded<BigDecimal> total = inv.total().get();
        if (!inv.items().isEmpty()) {
            BigDecimal sum = sum(inv.items());
            if (sum.compareTo(total.value()) != 0) {
                List<Evidence> ev = new ArrayList<>(total.evidence());
                inv.items().forEach(i -> ev.addAll(i.evidence()));
                out.add(rules.alert("INVOICE_ITEMS_MISMATCH", id + ".total", "票据合计 " + total.value()
                        + " 与收费项目之和 " + sum + " 不符", ev));
            }
        }
        if (inv.selfPay().isPresent() || inv.selfExpense().isPresent() || inv.fundPaid().isPresent()) {
            BigDecimal parts = inv.reimbursedByOthers().add(val(inv.selfPay())).add(val(inv.selfExpense()));
            if ((inv.selfPay().isPresent() || inv.selfExpense().isPresent()) && parts.compareTo(total.value()) != 0) {
                out.add(rules.alert("INVOICE_PAYMENTS_MISMATCH", id + ".total", "票据合计 " + total.value()
                        + " 与统筹基金支付、其他支付、个人自付、个人自费之和 " + parts + " 不符",
                        Ev.of(inv.total(), inv.fundPaid(), inv.otherPaid(), inv.selfPay(), inv.selfExpense())));
            }
        }
        if (inv.totalInWords().isPresent() && inv.totalInWords().get().value().compareTo(total.value()) != 0) {
            out.add(rules.alert("AMOUNT_IN_WORDS_MISMATCH", id + ".totalInWords", "大写金额 "
                    + inv.totalInWords().get().value() + " 与小写金额 " + total.value() + " 不符",
                    Ev.of(inv.totalInWords(), inv.total())));
        }
    }

    private void expenseLists(ClaimContext ctx, List<RiskAlert> out) {
        List<ExpenseList> lists = ctx.materials().all(ExpenseList.class);
        for (ExpenseList l : lists) {
            if (l.total().isPresent() && !l.items().isEmpty() && sum(l.items()).compareTo(l.total().get().value()) != 0) {
                out.add(rules.alert("INVOICE_ITEMS_MISMATCH", l.documentId() + ".total", "费用清单合计 "
                        + l.total().get().value() + " 与明细之和 " + sum(l.items()) + " 不符", Ev.of(l.total())));
            }
        }
        List<MedicalInvoice> inpatient = ctx.materials().invoices().stream()
                .filter(i -> i.type() == ai.domainassist.finance.model.DocumentType.INVOICE_INPATIENT).toList();
        if (lists.isEmpty() || inpatient.isEmpty() || lists.stream().anyMatch(l -> l.total().isEmpty())
                || inpatient.stream().anyMatch(i -> i.total().isEmpty())) {
            return;
        }
        BigDecimal listTotal = lists.stream().map(l -> l.total().get().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal invTotal = inpatient.stream().map(i -> i.total().get().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (listTotal.compareTo(invTotal) != 0) {
            List<Evidence> ev = new ArrayList<>();
            lists.forEach(l -> ev.addAll(l.total().get().evidence()));
            inpatient.forEach(i -> ev.addAll(i.total().get().evidence()));
            out.add(rules.alert("INVOICE_ITEMS_MISMATCH", "expenseList.total", "费用清单合计 " + listTotal
                    + " 与住院票据合计 " + invTotal + " 不符", ev));
        }
    }

    /**
     * Amounts that cannot be negative: expense items (a refund line), totals and payment components
     * of invoices, expense lists and settlement statements, and the amount claimed. One alert per
     * document and kind of amount, with the evidence of every negative value.
     */
    private void negativeAmounts(ClaimContext ctx, List<RiskAlert> out) {
        for (MedicalInvoice inv : ctx.materials().invoices()) {
            negativeItems(inv.documentId(), inv.items(), out);
            negative(inv.documentId(), "票据金额", out, inv.total(), inv.fundPaid(), inv.otherPaid(), inv.accountPaid(),
                    inv.selfPay(), inv.selfExpense(), inv.totalInWords());
        }
        for (ExpenseList l : ctx.materials().all(ExpenseList.class)) {
            negativeItems(l.documentId(), l.items(), out);
            negative(l.documentId(), "费用清单合计", out, l.total());
        }
        for (SettlementStatement st : ctx.materials().all(SettlementStatement.class)) {
            negative(st.documentId(), "结算单金额", out, st.total(), st.fundPaid(), st.personalPaid());
        }
        for (ClaimForm f : ctx.materials().all(ClaimForm.class)) {
            if (f.claimedAmount().isPresent() && f.claimedAmount().get().value().signum() < 0) {
                out.add(rules.alert("NEGATIVE_AMOUNT", "claimedAmount", "申请金额 " + f.claimedAmount().get().value()
                        + " 为负数", Ev.of(f.claimedAmount())));
            }
        }
    }

    private void negativeItems(String doc, List<ExpenseItem> items, List<RiskAlert> out) {
        List<ExpenseItem> negative = items.stream().filter(i -> i.amount().signum() < 0).toList();
        if (!negative.isEmpty()) {
            List<Evidence> ev = new ArrayList<>();
            negative.forEach(i -> ev.addAll(i.evidence()));
            out.add(rules.alert("NEGATIVE_AMOUNT", doc + ".items", "收费项目金额为负数："
                    + String.join("、", negative.stream().map(i -> i.name() + " " + i.amount()).toList()), ev));
        }
    }

    @SafeVarargs
    private void negative(String doc, String what, List<RiskAlert> out, Optional<Grounded<BigDecimal>>... amounts) {
        List<Evidence> ev = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Optional<Grounded<BigDecimal>> a : amounts) {
            if (a.isPresent() && a.get().value().signum() < 0) {
                ev.addAll(a.get().evidence());
                values.add(a.get().value().toPlainString());
            }
        }
        if (!values.isEmpty()) {
            out.add(rules.alert("NEGATIVE_AMOUNT", doc + ".total", what + "为负数：" + String.join("、", values), ev));
        }
    }

    private void stayDays(ClaimContext ctx, List<RiskAlert> out) {
        for (MedicalInvoice i : ctx.materials().invoices()) {
            stay(i.documentId(), i.admissionDate(), i.dischargeDate(), i.daysInHospital(), out);
        }
        for (DischargeSummary d : ctx.materials().all(DischargeSummary.class)) {
            stay(d.documentId(), d.admissionDate(), d.dischargeDate(), d.daysInHospital(), out);
        }
    }

    private void stay(String doc, Optional<Grounded<LocalDate>> in, Optional<Grounded<LocalDate>> outDate,
            Optional<Grounded<Integer>> days, List<RiskAlert> out) {
        if (in.isEmpty() || outDate.isEmpty() || days.isEmpty()) {
            return;
        }
        long actual = ChronoUnit.DAYS.between(in.get().value(), outDate.get().value());
        if (actual >= 0 && actual != days.get().value()) {
            out.add(rules.alert("STAY_DAYS_MISMATCH", doc + ".daysInHospital", "住院天数 " + days.get().value()
                    + " 与出院日期减入院日期 " + actual + " 天不符", Ev.of(days, in, outDate)));
        }
    }

    private void dateOrder(ClaimContext ctx, List<RiskAlert> out) {
        for (MedicalInvoice i : ctx.materials().invoices()) {
            before(i.documentId() + ".dischargeDate", i.admissionDate(), i.dischargeDate(), "出院日期早于入院日期", out);
            before(i.documentId() + ".issueDate", i.visitDate().or(i::admissionDate), i.issueDate(), "开票日期早于就诊/入院日期", out);
        }
        for (DischargeSummary d : ctx.materials().all(DischargeSummary.class)) {
            before(d.documentId() + ".dischargeDate", d.admissionDate(), d.dischargeDate(), "出院日期早于入院日期", out);
            for (MedicalInvoice i : ctx.materials().invoices()) {
                if (i.admissionDate().isPresent() && d.admissionDate().isPresent()
                        && !i.admissionDate().get().value().equals(d.admissionDate().get().value())) {
                    out.add(rules.alert("DATE_ORDER", d.documentId() + ".admissionDate", "出院小结入院日期 "
                            + d.admissionDate().get().value() + " 与票据入院日期 " + i.admissionDate().get().value() + " 不一致",
                            Ev.of(d.admissionDate(), i.admissionDate())));
                }
            }
        }
        Optional<Grounded<LocalDate>> filed = ctx.filedOn();
        if (filed.isPresent()) {
            for (Grounded<LocalDate> t : ctx.treatmentDates()) {
                if (t.value().isAfter(filed.get().value())) {
                    out.add(rules.alert("DATE_ORDER", "applicationDate", "就诊日期 " + t.value() + " 晚于申请日期 "
                            + filed.get().value(), Ev.of(t, filed.get())));
                }
            }
        }
    }

    private void before(String field, Optional<Grounded<LocalDate>> first, Optional<Grounded<LocalDate>> second,
            String message, List<RiskAlert> out) {
        if (first.isPresent() && second.isPresent() && second.get().value().isBefore(first.get().value())) {
            out.add(rules.alert("DATE_ORDER", field, message + "（" + first.get().value() + " / " + second.get().value() + "）",
                    Ev.of(first, second)));
        }
    }

    private static BigDecimal sum(List<ExpenseItem> items) {
        return items.stream().map(ExpenseItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal val(Optional<Grounded<BigDecimal>> v) {
        return v.map(Grounded::value).orElse(BigDecimal.ZERO);
    }
}
