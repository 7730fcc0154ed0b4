package org.inspect.demo.internal;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inspect.export.PrivateFiles;
import org.inspect.model.Asset;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Deduction;
import org.inspect.model.Household;
import org.inspect.model.Income;
import org.inspect.model.Inspector;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standard;

/**
 * Streams the interchange files (UTF-8, RFC 4180, English headers; {@code inspectors.csv} with the Chinese
 * headers and 是/否, and the poverty status in Chinese words, to exercise those paths) and the answer key.
 * Rows go out as each unit is finished; nothing is kept but the counts.
 */
final class CsvOut implements Closeable {

    static final String HOUSEHOLDS = "households.csv";
    static final String MEMBERS = "members.csv";
    static final String INCOMES = "incomes.csv";
    static final String DEDUCTIONS = "deductions.csv";
    static final String ASSETS = "assets.csv";
    static final String OBLIGORS = "obligors.csv";
    static final String CASES = "cases.csv";
    static final String REGISTERED_POOR = "registered_poor.csv";
    static final String INSPECTORS = "inspectors.csv";
    static final String STANDARDS = "standards.csv";
    static final String KEY = "key";

    private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    CsvOut(Path dir, Path answerKey) throws IOException {
        // the demo's rolls are personal data in form (names, identity numbers): written as private as real ones
        PrivateFiles.directories(dir);
        PrivateFiles.directories(answerKey.toAbsolutePath().getParent());
        open(dir.resolve(STANDARDS), STANDARDS, "county_code", "item", "value");
        open(dir.resolve(INSPECTORS), INSPECTORS, "人员编号", "姓名", "单位", "区县代码", "在岗");
        open(dir.resolve(HOUSEHOLDS), HOUSEHOLDS, "household_id", "county_code", "township", "village",
                "head_id_number", "address");
        open(dir.resolve(MEMBERS), MEMBERS, "household_id", "id_number", "name", "relation", "disability_grade",
                "disability_type", "labour_capacity", "serious_illness", "state_funded");
        open(dir.resolve(INCOMES), INCOMES, "household_id", "id_number", "type", "amount_yuan", "quantity", "item");
        open(dir.resolve(DEDUCTIONS), DEDUCTIONS, "household_id", "type", "amount_yuan");
        open(dir.resolve(ASSETS), ASSETS, "household_id", "type", "value_yuan", "necessary", "description");
        open(dir.resolve(OBLIGORS), OBLIGORS, "household_id", "supported_id_number", "obligor_id_number",
                "obligor_name", "relation", "obligor_household_size", "obligor_household_income_yuan",
                "court_ordered_yuan");
        open(dir.resolve(CASES), CASES, "case_id", "household_id", "program", "applicant_id_number",
                "application_date", "decision", "decision_date", "decision_reason", "monthly_benefit_yuan",
                "survey_date", "neighbour_visit_date", "info_check_date", "appraisal_date", "notice_start",
                "notice_end", "written_conclusion", "filed");
        open(dir.resolve(REGISTERED_POOR), REGISTERED_POOR, "poor_household_id", "id_number", "name", "county_code",
                "status", "poverty_cause");
        open(answerKey, KEY, "rule", "criterion", "household_id", "case_id", "id_number");
    }

    private void open(Path file, String name, String... header) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        printers.put(name, new CSVPrinter(PrivateFiles.writer(file, true), format));
        counts.put(name, 0L);
    }

    private void row(String file, Object... values) throws IOException {
        printers.get(file).printRecord(values);
        counts.merge(file, 1L, Long::sum);
    }

    /** Data rows per interchange file (the answer key excluded). */
    Map<String, Long> counts() {
        Map<String, Long> copy = new LinkedHashMap<>(counts);
        copy.remove(KEY);
        return copy;
    }

    void standards(List<Standard> rows) throws IOException {
        for (Standard s : rows) {
            row(STANDARDS, s.countyCode(), s.item(), s.value().toPlainString());
        }
    }

    void inspectors(List<Inspector> pool) throws IOException {
        for (Inspector i : pool) {
            row(INSPECTORS, i.inspectorId(), i.name(), i.unit(), i.countyCode(), i.active() ? "是" : "否");
        }
    }

    void unit(Draft d) throws IOException {
        for (RegisteredPoorPerson p : d.registeredPoor) {
            row(REGISTERED_POOR, p.poorHouseholdId(), p.idNumber(), p.name(), p.countyCode(), p.status().chinese(),
                    p.povertyCause());
        }
        if (!d.inCivilAffairs) {
            return;
        }
        Household h = d.household();
        row(HOUSEHOLDS, h.householdId(), h.countyCode(), h.township(), h.village(), h.headIdNumber(), h.address());
        for (Member m : d.members) {
            row(MEMBERS, m.householdId(), m.idNumber().value(), m.name(), m.relation().code(), m.disabilityGrade(),
                    m.disabilityType() == null ? null : m.disabilityType().code(), m.labourCapacity().code(),
                    yn(m.seriousIllness()), yn(m.stateFunded()));
        }
        for (Income i : d.incomes) {
            row(INCOMES, i.householdId(), i.idNumber(), i.type().code(), money(i.amountYuan()), money(i.quantity()),
                    i.item());
        }
        for (Deduction x : d.deductions) {
            row(DEDUCTIONS, x.householdId(), x.type().code(), money(x.amountYuan()));
        }
        for (Asset a : d.assets) {
            row(ASSETS, a.householdId(), a.type().code(), money(a.valueYuan()), yn(a.necessary()), a.description());
        }
        for (Obligor o : d.obligors) {
            row(OBLIGORS, o.householdId(), o.supportedIdNumber(), o.obligorIdNumber(), o.obligorName(),
                    o.relation().code(), o.obligorHouseholdSize(), money(o.obligorHouseholdIncomeYuan()),
                    money(o.courtOrderedYuan()));
        }
        for (AssistanceCase c : d.cases) {
            row(CASES, c.caseId(), c.householdId(), c.program().code(), c.applicantIdNumber(), date(c.applicationDate()),
                    c.decision().code(), date(c.decisionDate()), c.decisionReason(), money(c.monthlyBenefitYuan()),
                    date(c.surveyDate()), date(c.neighbourVisitDate()), date(c.infoCheckDate()),
                    date(c.appraisalDate()), date(c.noticeStart()), date(c.noticeEnd()),
                    c.writtenConclusion() == null ? null : yn(c.writtenConclusion()),
                    c.filed() == null ? null : yn(c.filed()));
        }
    }

    void key(KeyRow k) throws IOException {
        row(KEY, k.rule().code(), k.criterion() == null ? null : k.criterion().code(), k.householdId(), k.caseId(),
                k.idNumber());
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }

    private static String money(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CSVPrinter p : printers.values()) {
            try {
                p.close(true);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
