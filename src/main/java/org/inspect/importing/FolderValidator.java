package org.inspect.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspect.importing.internal.Keys;
import org.inspect.importing.internal.Layout;
import org.inspect.importing.internal.LongMap;
import org.inspect.importing.internal.Texts;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Household;
import org.inspect.model.Income;
import org.inspect.model.IncomeType;
import org.inspect.model.Inspector;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Standard;
import org.inspect.model.StandardItem;
import org.inspect.model.Standards;

/**
 * Validates a data folder file by file and across files, streaming each file and holding only key sets
 * (household ids, members' identity numbers, case ids) in memory. Households and members are read twice:
 * a household whose head is missing or rejected is rejected after the members are read, and then its
 * members with it.
 */
public final class FolderValidator {

    /** How many errors the result keeps; all are counted. */
    public static final int DEFAULT_MAX_ERRORS = 1000;
    private static final long ABSENT = Long.MIN_VALUE;

    private final RollFolder folder;
    private final StandardsTable defaults;
    private final LocalDate referenceDate;
    private final int maxErrors;

    private final List<RowError> errors = new ArrayList<>();
    private long errorCount;
    private final List<String> warnings = new ArrayList<>();
    private final Map<RollFile, Long> rowCounts = new EnumMap<>(RollFile.class);
    private final Rejects rejects = new Rejects();
    private StandardsTable effective;
    private Standards standards;
    /** Household key to {@code county << 1 | rejected}. */
    private final LongMap households = new LongMap();
    /** Identity-number key to household key, for members not rejected. */
    private final LongMap members = new LongMap();
    /** Households (by key) with a member or dependent row rejected on its own: rejected whole at the end. */
    private final LongMap partlyRejected = new LongMap();
    /** Identity-number key to household key, for rejected members. */
    private final LongMap rejectedMembers = new LongMap();
    private final LongMap caseIds = new LongMap();
    private final LongMap inspectorIds = new LongMap();

    public FolderValidator(RollFolder folder, StandardsTable defaults, LocalDate referenceDate) {
        this(folder, defaults, referenceDate, DEFAULT_MAX_ERRORS);
    }

    public FolderValidator(RollFolder folder, StandardsTable defaults, LocalDate referenceDate, int maxErrors) {
        this.folder = folder;
        this.defaults = defaults;
        this.referenceDate = referenceDate;
        this.maxErrors = maxErrors;
    }

    /** Runs all passes; call once. */
    public ValidationResult validate() {
        for (RowError conflict : folder.conflicts()) {
            addError(conflict);
            kindOfConflict(conflict).ifPresent(k -> rejects.rejectFile(k, conflict.expected(), 0));
        }
        loadStandards();
        if (present(RollFile.HOUSEHOLDS)) {
            stream(RollFile.HOUSEHOLDS, this::household);
            if (present(RollFile.MEMBERS)) {
                stream(RollFile.MEMBERS, this::member);
                if (recheck(RollFile.HOUSEHOLDS, this::householdHead) > 0) {
                    recheck(RollFile.MEMBERS, this::memberOfRejectedHousehold);
                }
            } else if (!rejects.isFileRejected(RollFile.HOUSEHOLDS)) {
                rejectWholeFile(RollFile.HOUSEHOLDS, Texts.get("file.headsMissing", name(RollFile.MEMBERS)), true);
            }
        }
        for (RollFile f : List.of(RollFile.INCOMES, RollFile.DEDUCTIONS, RollFile.ASSETS, RollFile.OBLIGORS,
                RollFile.CASES)) {
            stream(f, this::dependent);
        }
        rejectPartlyRejectedHouseholds();
        stream(RollFile.REGISTERED_POOR, this::registeredPoor);
        stream(RollFile.INSPECTORS, this::inspector);
        return new ValidationResult(List.copyOf(errors), errorCount, Map.copyOf(rowCounts), rejects, standards,
                effective.rows(), List.copyOf(warnings));
    }

    private Optional<RollFile> kindOfConflict(RowError conflict) {
        for (RollFile f : RollFile.values()) {
            if (folder.conflicting(f) && conflict.file().toLowerCase(java.util.Locale.ROOT).startsWith(f.baseName()
                    + ".")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private boolean present(RollFile f) {
        return folder.file(f).isPresent();
    }

    private String name(RollFile f) {
        return folder.file(f).map(p -> p.getFileName().toString()).orElse(f.baseName() + ".csv");
    }

    // ---- streaming machinery

    /** Checks of one row against what earlier files left; report through {@link Row}. */
    private interface Check {
        void check(Row row);
    }

    /** A row under check: its parsed form, its source (for locating errors) and what was found. */
    private final class Row {
        final ParsedRow parsed;
        final RowSource source;
        final List<RowError> found = new ArrayList<>();
        final List<String> because = new ArrayList<>();

        Row(ParsedRow parsed, RowSource source) {
            this.parsed = parsed;
            this.source = source;
        }

        void error(String column, String value, String expected) {
            found.add(source.errorAt(parsed.line(), column, value, expected));
        }

        void because(String reason) {
            because.add(reason);
        }

        boolean rejected() {
            return !found.isEmpty() || !because.isEmpty() || !parsed.valid();
        }

        <T> T value(Class<T> type) {
            return parsed.as(type);
        }
    }

    private void stream(RollFile kind, Check check) {
        Optional<java.nio.file.Path> path = folder.file(kind);
        if (path.isEmpty()) {
            return;
        }
        rejects.fileName(kind, name(kind));
        if (kind.dependsOnHousehold() && !dependencyUsable(kind)) {
            return;
        }
        long rows = 0;
        try (RowSource source = RowSources.open(path.get(), kind, referenceDate)) {
            warnings.addAll(source.warnings());
            for (ParsedRow parsed = source.next(); parsed != null; parsed = source.next()) {
                rows++;
                Row row = new Row(parsed, source);
                parsed.errors().forEach(this::addError);
                check.check(row);
                finish(kind, row);
            }
            rowCounts.put(kind, rows);
            for (RowError e : source.fileErrors()) {
                addError(e);
                rejects.rejectFile(kind, e.reason(), rows);
            }
        }
    }

    /** Whether a household-dependent file can be checked: households.csv is there and not rejected whole. */
    private boolean dependencyUsable(RollFile kind) {
        if (!present(RollFile.HOUSEHOLDS) && !rejects.isFileRejected(RollFile.HOUSEHOLDS)) {
            addError(RowError.ofFile(name(kind), Texts.get("file.householdsMissing",
                    name(RollFile.HOUSEHOLDS), name(kind))));
            rejects.rejectFile(kind, Texts.get("file.missing", name(RollFile.HOUSEHOLDS)), 0);
            return false;
        }
        if (rejects.isFileRejected(RollFile.HOUSEHOLDS)) {
            rejects.rejectFile(kind, Texts.get("file.because", name(RollFile.HOUSEHOLDS)), 0);
            return false;
        }
        return true;
    }

    /** The files whose rows belong to one household (a rejected row of these rejects its household whole). */
    private static final List<RollFile> HOUSEHOLD_ROWS = List.of(RollFile.MEMBERS, RollFile.INCOMES,
            RollFile.DEDUCTIONS, RollFile.ASSETS, RollFile.OBLIGORS, RollFile.CASES);

    /**
     * A household is whole or absent: when any of its member, income, deduction, asset, obligor or case rows was
     * rejected, the household and all its other rows are rejected too, so that no sum is made of part of it.
     */
    private void rejectPartlyRejectedHouseholds() {
        if (partlyRejected.size() == 0 || rejects.isFileRejected(RollFile.HOUSEHOLDS)) {
            return;
        }
        long whole = recheck(RollFile.HOUSEHOLDS, row -> {
            String id = row.value(Household.class).householdId();
            long key = Keys.of(id);
            if (partlyRejected.contains(key) && !householdRejected(key)) {
                row.because("because a row of household " + id + " was rejected: the household is rejected whole");
                households.put(key, households.get(key, 0) | 1);
            }
        });
        rejects.householdsRejectedWhole(whole);
        for (RollFile f : HOUSEHOLD_ROWS) {
            if (present(f)) {
                recheck(f, row -> {
                    String id = row.parsed.householdId();
                    if (id != null && partlyRejected.contains(Keys.of(id))) {
                        row.because("because a row of household " + id + " was rejected: the household is "
                                + "rejected whole");
                    }
                });
            }
        }
    }

    private void finish(RollFile kind, Row row) {
        if (HOUSEHOLD_ROWS.contains(kind) && row.rejected() && row.parsed.householdId() != null) {
            long key = Keys.of(row.parsed.householdId());
            if (households.contains(key) && !householdRejected(key)) {
                partlyRejected.put(key, 1);
            }
        }
        row.found.forEach(this::addError);
        for (RowError e : row.parsed.errors()) {
            rejects.reject(kind, row.parsed.line(), e.reason());
        }
        for (RowError e : row.found) {
            rejects.reject(kind, row.parsed.line(), e.reason());
        }
        for (String reason : row.because) {
            rejects.reject(kind, row.parsed.line(), reason);
        }
    }

    /** Streams a file again, checking only the rows not yet rejected; returns how many it rejected now. */
    private long recheck(RollFile kind, Check check) {
        if (rejects.isFileRejected(kind)) {
            return 0;
        }
        long newly = 0;
        try (RowSource source = RowSources.open(folder.file(kind).orElseThrow(), kind, referenceDate)) {
            for (ParsedRow parsed = source.next(); parsed != null; parsed = source.next()) {
                if (parsed.valid() && !rejects.isRejected(kind, parsed.line())) {
                    Row row = new Row(parsed, source);
                    check.check(row);
                    if (row.rejected()) {
                        newly++;
                        finish(kind, row);
                    }
                }
            }
        }
        return newly;
    }

    private void rejectWholeFile(RollFile kind, String message, boolean asError) {
        if (asError) {
            addError(RowError.ofFile(name(kind), message));
        }
        rejects.rejectFile(kind, message, rowCounts.getOrDefault(kind, 0L));
    }

    private void addError(RowError e) {
        errorCount++;
        if (errors.size() < maxErrors) {
            errors.add(e);
        }
    }

    // ---- standards

    private void loadStandards() {
        List<Standard> overrides = new ArrayList<>();
        stream(RollFile.STANDARDS, row -> {
            if (row.parsed.valid()) {
                // cited by the file's own name, so a reader finds the row in the folder
                overrides.add(row.value(Standard.class).from(new org.inspect.model.StandardSource(false,
                        name(RollFile.STANDARDS), row.parsed.line())));
            }
        });
        effective = rejects.isFileRejected(RollFile.STANDARDS) ? defaults : defaults.overriddenBy(overrides);
        standards = effective.standards();
    }

    private boolean hasStandard(Row row, String county, String item, String column, String value) {
        if (standards.find(county, item).isPresent()) {
            return true;
        }
        row.error(column, value, Texts.get("standard.missing", item, county));
        return false;
    }

    // ---- households and members

    private void household(Row row) {
        String id = row.parsed.householdId();
        long key = id == null ? ABSENT : Keys.of(id);
        if (row.parsed.valid()) {
            Household h = row.value(Household.class);
            if (households.contains(key)) {
                row.error(Layout.HOUSEHOLD_ID, id, Texts.get("unique.household", id));
                return;
            }
            hasStandard(row, h.countyCode(), StandardItem.DIBAO_STANDARD, Layout.COUNTY_CODE, h.countyCode());
            households.put(key, (Long.parseLong(h.countyCode()) << 1) | (row.rejected() ? 1 : 0));
        } else if (id != null && !households.contains(key)) {
            households.put(key, 1);
        }
    }

    private boolean householdRejected(long key) {
        return (households.get(key, 0) & 1) == 1;
    }

    private String countyOf(long householdKey) {
        return String.valueOf(households.get(householdKey, 0) >> 1);
    }

    /** The row's household must exist; a row of a rejected household is rejected with it. */
    private long householdOf(Row row) {
        String id = row.parsed.householdId();
        if (id == null) {
            return ABSENT;
        }
        long key = Keys.of(id);
        if (!households.contains(key)) {
            row.error(Layout.HOUSEHOLD_ID, id, Texts.get("household.notFound", id, name(RollFile.HOUSEHOLDS)));
            return ABSENT;
        }
        if (householdRejected(key)) {
            row.because(Texts.get("because.household", id));
            return ABSENT;
        }
        return key;
    }

    private void member(Row row) {
        long household = householdOf(row);
        String id = row.parsed.memberId();
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return;
        }
        long key = Keys.ofIdNumber(id);
        if (members.contains(key) || rejectedMembers.contains(key)) {
            row.error(Layout.ID_NUMBER, id, Texts.get("unique.idNumber", name(RollFile.MEMBERS), id));
            return;
        }
        long householdKey = row.parsed.householdId() == null ? ABSENT : Keys.of(row.parsed.householdId());
        if (row.rejected() || household == ABSENT) {
            rejectedMembers.put(key, householdKey);
        } else {
            members.put(key, householdKey);
        }
    }

    private void householdHead(Row row) {
        Household h = row.value(Household.class);
        long key = Keys.of(h.householdId());
        long head = Keys.ofIdNumber(h.headIdNumber());
        if (members.get(head, ABSENT) == key) {
            return;
        }
        if (rejectedMembers.get(head, ABSENT) == key) {
            row.because(Texts.get("because.head", h.headIdNumber(), name(RollFile.MEMBERS)));
        } else {
            row.error("head_id_number", h.headIdNumber(), Texts.get("head.notMember",
                    h.headIdNumber(), h.householdId(), name(RollFile.MEMBERS)));
        }
        households.put(key, households.get(key, 0) | 1);
    }

    private void memberOfRejectedHousehold(Row row) {
        Member m = row.value(Member.class);
        if (householdRejected(Keys.of(m.householdId()))) {
            row.because(Texts.get("because.household", m.householdId()));
            long key = Keys.ofIdNumber(m.idNumber().value());
            rejectedMembers.put(key, members.get(key, ABSENT));
        }
    }

    /** A person named in a row must be a member of the row's household, and not a rejected one. */
    private void memberOf(Row row, long household, String householdId, String idNumber, String column) {
        long key = Keys.ofIdNumber(idNumber);
        if (members.get(key, ABSENT) == household && !rejectedMembers.contains(key)) {
            return;
        }
        if (rejectedMembers.get(key, ABSENT) == household) {
            row.because(Texts.get("because.member", idNumber, name(RollFile.MEMBERS)));
        } else {
            row.error(column, idNumber, Texts.get("member.notInHousehold", idNumber, householdId,
                    name(RollFile.MEMBERS)));
        }
    }

    // ---- files that hang off a household

    private void dependent(Row row) {
        long household = householdOf(row);
        if (household == ABSENT || !row.parsed.valid()) {
            return;
        }
        Object value = row.parsed.value();
        if (value instanceof Income i) {
            income(row, household, i);
        } else if (value instanceof Obligor o && o.supportedIdNumber() != null) {
            memberOf(row, household, o.householdId(), o.supportedIdNumber(), "supported_id_number");
        } else if (value instanceof AssistanceCase c) {
            assistanceCase(row, household, c);
        }
    }

    private void income(Row row, long household, Income i) {
        if (i.idNumber() != null) {
            memberOf(row, household, i.householdId(), i.idNumber(), Layout.ID_NUMBER);
        }
        if (i.amountYuan() != null) {
            return;
        }
        String county = countyOf(household);
        if (i.type() == IncomeType.CROP) {
            hasStandard(row, county, StandardItem.crop(i.item()), "item", i.item());
        } else if (i.type() == IncomeType.CASH_CROP) {
            hasStandard(row, county, StandardItem.cashCrop(i.item()), "item", i.item());
        } else if (i.type() == IncomeType.MIGRANT_WORK) {
            hasStandard(row, county, StandardItem.MIGRANT_WORK_MONTH, "quantity", i.quantity().toPlainString());
        }
    }

    private void assistanceCase(Row row, long household, AssistanceCase c) {
        if (!caseIds.put(Keys.of(c.caseId()), row.parsed.line())) {
            row.error("case_id", c.caseId(), Texts.get("unique.case", c.caseId()));
        }
        memberOf(row, household, c.householdId(), c.applicantIdNumber(), "applicant_id_number");
    }

    // ---- files on their own

    private void registeredPoor(Row row) {
        if (row.parsed.valid()) {
            String county = row.value(RegisteredPoorPerson.class).countyCode();
            hasStandard(row, county, StandardItem.DIBAO_STANDARD, Layout.COUNTY_CODE, county);
        }
    }

    private void inspector(Row row) {
        if (row.parsed.valid()) {
            String id = row.value(Inspector.class).inspectorId();
            if (!inspectorIds.put(Keys.of(id), row.parsed.line())) {
                row.error("inspector_id", id, Texts.get("unique.inspector", id));
            }
        }
    }
}
