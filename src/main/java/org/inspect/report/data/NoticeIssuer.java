package org.inspect.report.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.context.Context;
import org.inspect.error.BadInputException;
import org.inspect.rectification.Rectification;
import org.inspect.report.Documents;
import org.inspect.report.Lang;
import org.inspect.report.NoticeInput;
import org.inspect.report.RegisterStore;
import org.inspect.store.Database;

/**
 * Issues the rectification notices of a check run: one per county with an open problem no notice has named yet,
 * numbered from the configured pattern (continuing after the highest number of that pattern already issued),
 * written as PDFs, recorded with their items in {@link NoticeStore} (schema 5, items with status OPEN) for
 * the rectification tracking, and registered with their SHA-256 (schema 13). An issued notice is never rewritten.
 */
public final class NoticeIssuer {

    /** Status of a notice item when issued. */
    public static final String OPEN = "OPEN";

    private final Database db;
    private final Context context;

    /** Issues the notices of {@code db}, acted by {@code context}'s account. */
    public NoticeIssuer(Database db, Context context) {
        this.db = db;
        this.context = context;
    }

    /** One issued notice: its record id, county, number, file and the number of findings it lists. */
    public record Issued(long id, String countyCode, String number, Path file, int items) {
    }

    /**
     * The notices issued, in number order, and every file written (the county files, then the combined one).
     * {@code existing}: nothing was new, nothing was written, and {@code notices} are the run's notices issued
     * before.
     */
    public record Result(List<Issued> notices, List<Path> files, boolean existing) {

        public Result {
            notices = List.copyOf(notices);
            files = List.copyOf(files);
        }

        public Result(List<Issued> notices, List<Path> files) {
            this(notices, files, false);
        }
    }

    /** The input of the notices of {@code checkRunId} (open findings, masked unless {@code fullData}). */
    public NoticeInput input(long checkRunId, LocalDate deadline, CampaignSettings settings, boolean fullData) {
        List<StoredFinding> open = openFindings(checkRunId);
        requireAfterIssueDate(deadline, settings);
        return input(checkRunId, deadline, settings, fullData, open, nextNumber(settings), Map.of(), "");
    }

    private NoticeInput input(long checkRunId, LocalDate deadline, CampaignSettings settings, boolean fullData,
            List<StoredFinding> open, int first, Map<String, String> supplements, String tag) {
        return input(checkRunId, deadline, settings, fullData, open, first, supplements, tag, null);
    }

    private NoticeInput input(long checkRunId, LocalDate deadline, CampaignSettings settings, boolean fullData,
            List<StoredFinding> open, int first, Map<String, String> supplements, String tag,
            NoticeInput.Correction correction) {
        var run = ReportData.completed(new org.inspect.check.CheckRunStore(db), checkRunId);
        return new NoticeInput(settings.campaign(), settings.noticePattern(), first, deadline,
                settings.noticeContact(),
                PersonNames.masked(open, PersonNames.of(db, checkRunId, run.snapshotId()), fullData), Set.of(), fullData,
                settings.noticeTableLimit(), supplements, tag, correction);
    }

    /**
     * Issues what is new in {@code checkRunId}: the open (not dismissed) problems that no notice has named yet
     * (a problem is named once, whichever run found it: its rectification item is keyed by the finding's stable
     * key). A county that already had a notice gets a supplementary notice (补充整改通知书) naming the last one;
     * each new notice takes the next number. Nothing already issued is ever written again: when nothing is new, the
     * result says so and lists the run's notices. The files written are registered with their SHA-256.
     */
    public Result issue(Documents documents, Lang lang, long checkRunId, LocalDate deadline, CampaignSettings settings,
            boolean fullData, Path dir) {
        ReportData.completed(new org.inspect.check.CheckRunStore(db), checkRunId);
        requireAfterIssueDate(deadline, settings);
        List<StoredFinding> open = openFindings(checkRunId);
        List<StoredFinding> fresh = notYetNamed(open);
        if (open.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        if (fresh.isEmpty()) {
            return new Result(recorded(db, checkRunId), List.of(), true);
        }
        Map<String, String> last = lastNumberByCounty();
        Map<String, String> supplements = supplements(fresh, last);
        int first = nextNumber(settings);
        // the first notices keep the plain file names; every later issue tags its files with its first number
        String tag = last.isEmpty() ? "" : "-" + first;
        NoticeInput in = input(checkRunId, deadline, settings, fullData, fresh, first, supplements, tag);
        refuseOverwriting(documents.noticeFiles(in, lang, dir));
        LocalDate issuedOn = settings.campaign().issueDate();
        NewNotices notices = new NewNotices(checkRunId, deadline, settings.noticePattern(), issuedOn, in,
                Documents.noticeNumbers(in), supplements, findingIdsByCounty(fresh));
        Map<Long, String> masked = maskedDetails(checkRunId, fresh);
        Rectification rectification = new Rectification(db, context);
        List<Issued> issued = new ArrayList<>();
        List<Path> files = Staging.commit(dir, staged -> documents.notices(in, lang, staged), staged -> {
            issued.clear();
            new NoticeStore(db).issue(context.now(), tx -> {
                issued.addAll(notices.record(tx, staged));
                rectification.open(tx.chain(), newItems(fresh, masked, issued, issuedOn, deadline));
            });
        });
        return new Result(issued, files);
    }

    private static void requireAfterIssueDate(LocalDate deadline, CampaignSettings settings) {
        if (!deadline.isAfter(settings.campaign().issueDate())) {
            throw new BadInputException("deadline " + deadline + " is not after the issue date "
                    + settings.campaign().issueDate());
        }
    }

    /** The problems of {@code open} no notice has named yet (an item follows each problem named). */
    private List<StoredFinding> notYetNamed(List<StoredFinding> open) {
        Set<String> named = new org.inspect.rectification.RectificationStore(db).itemsByKey().keySet();
        return open.stream().filter(sf -> !named.contains(FindingStore.key(sf.finding()))).toList();
    }

    /** County → the number of the notice its supplementary notice names: the last, for a county that had one. */
    private static Map<String, String> supplements(List<StoredFinding> fresh, Map<String, String> last) {
        Map<String, String> supplements = new LinkedHashMap<>();
        fresh.forEach(sf -> {
            String county = sf.finding().countyCode();
            if (last.containsKey(county)) {
                supplements.put(county, last.get(county));
            }
        });
        return supplements;
    }

    private static Map<String, List<Long>> findingIdsByCounty(List<StoredFinding> findings) {
        Map<String, List<Long>> items = new LinkedHashMap<>();
        findings.forEach(sf -> items.computeIfAbsent(sf.finding().countyCode(), k -> new ArrayList<>()).add(sf.id()));
        return items;
    }

    /** An issued document is never rewritten: refuses when one of {@code files} is there already. */
    private static void refuseOverwriting(List<Path> files) {
        for (Path p : files) {
            if (java.nio.file.Files.exists(p)) {
                throw new org.inspect.error.ConflictException("will not overwrite " + p + ": an issued document is "
                        + "never rewritten; give another --out").localized("notices.wouldOverwrite", p);
            }
        }
    }

    /**
     * The notices of one issue, to record once their files are staged: {@code numbers} county → number, in the
     * order the files come; {@code supplements} county → the notice a supplementary one names; {@code findingIds}
     * county → the findings its notice lists.
     */
    private record NewNotices(long checkRunId, LocalDate deadline, String pattern, LocalDate issuedOn, NoticeInput in,
            Map<String, String> numbers, Map<String, String> supplements, Map<String, List<Long>> findingIds) {

        /** Records each county's notice with its findings and its register entry, then registers the other files. */
        List<Issued> record(NoticeStore.Issue tx, List<Staged> staged) {
            List<Issued> issued = new ArrayList<>();
            int i = 0;
            int seq = in.firstNumber();
            for (Map.Entry<String, String> e : numbers.entrySet()) {
                Staged file = staged.get(i++);
                String refersTo = supplements.get(e.getKey());
                RegisterStore.Kind kind = refersTo == null ? RegisterStore.Kind.NOTICE : RegisterStore.Kind.SUPPLEMENT;
                long id = tx.insert(checkRunId, e.getKey(), e.getValue(), pattern, seq++, deadline, file, kind,
                        refersTo);
                List<Long> ids = findingIds.getOrDefault(e.getKey(), List.of());
                tx.addItems(id, ids, OPEN);
                tx.register(new RegisterStore.New(kind, e.getValue(), e.getKey(), checkRunId, id, refersTo, issuedOn,
                        ids.size(), file.target(), file.content()));
                issued.add(new Issued(id, e.getKey(), e.getValue(), file.target(), ids.size()));
            }
            registerOthers(tx, staged.subList(numbers.size(), staged.size()), checkRunId, issuedOn);
            return issued;
        }
    }

    /** Registers the files issued beside the notices: the findings' annexes and the combined document. */
    private static void registerOthers(NoticeStore.Issue tx, List<Staged> others, long checkRunId,
            LocalDate issuedOn) {
        for (Staged other : others) {
            boolean annex = other.target().getFileName().toString().endsWith(".xlsx");
            tx.register(new RegisterStore.New(annex ? RegisterStore.Kind.ANNEX : RegisterStore.Kind.COMBINED, null,
                    null, checkRunId, null, null, issuedOn, null, other.target(), other.content()));
        }
    }

    /**
     * Issues a correcting notice (更正整改通知书) of notice {@code number}: a new document with its own number that
     * names the notice it corrects and why, and lists that notice's problems as they stand now (those whose item is
     * withdrawn, or whose finding is dismissed, left out), with the corrected notice's deadline. The corrected
     * notice and its items stay as they are; the correction is registered like any notice.
     */
    public Result correct(Documents documents, Lang lang, String number, String reason, CampaignSettings settings,
            boolean fullData, Path dir) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason is required").localized("rect.required", org.inspect.error.Field.REASON);
        }
        NoticeStore notices = new NoticeStore(db);
        NoticeStore.Notice corrected = notices.byNumber(number).orElseThrow(() ->
                new org.inspect.error.NotFoundException("no notice " + number).localized("notices.noNotice", number));
        long runId = corrected.checkRunId();
        String county = corrected.countyCode();
        LocalDate deadline = corrected.deadline();
        List<Long> findingIds = notices.findingIds(corrected.id());
        FindingStore findings = new FindingStore(db);
        Map<String, org.inspect.rectification.Item> items = new org.inspect.rectification.RectificationStore(db)
                .itemsByKey();
        List<StoredFinding> kept = new ArrayList<>();
        for (long id : findingIds) {
            StoredFinding sf = findings.get(id);
            var item = items.get(FindingStore.key(sf.finding()));
            if (!sf.dismissed() && (item == null || item.state() != org.inspect.rectification.State.WITHDRAWN)) {
                kept.add(sf);
            }
        }
        if (kept.isEmpty()) {
            throw new BadInputException("every problem of " + number + " is withdrawn: there is nothing to correct")
                    .localized("notices.nothingToCorrect", number);
        }
        kept.sort(java.util.Comparator.comparing((StoredFinding sf) -> sf.finding().rule().ordinal())
                .thenComparing(sf -> nz(sf.finding().householdId())).thenComparing(sf -> nz(sf.finding().caseId())));
        int first = nextNumber(settings);
        NoticeInput in = input(runId, deadline, settings, fullData, kept, first, Map.of(), "-" + first,
                new NoticeInput.Correction(number, reason.strip()));
        refuseOverwriting(documents.noticeFiles(in, lang, dir));
        String correction = Documents.noticeNumbers(in).get(county);
        LocalDate issuedOn = settings.campaign().issueDate();
        long run = runId;
        String code = county;
        LocalDate due = deadline;
        List<Issued> issued = new ArrayList<>();
        List<Path> files = Staging.commit(dir, staged -> documents.notices(in, lang, staged), staged -> {
            issued.clear();
            notices.issue(context.now(), tx -> {
                Staged file = staged.get(0);
                long id = tx.insert(run, code, correction, settings.noticePattern(), first, due, file,
                        RegisterStore.Kind.CORRECTION, number);
                tx.addItems(id, kept.stream().map(StoredFinding::id).toList(), OPEN);
                tx.register(new RegisterStore.New(RegisterStore.Kind.CORRECTION, correction, code, run, id,
                        number, issuedOn, kept.size(), file.target(), file.content()));
                registerOthers(tx, staged.subList(1, staged.size()), run, issuedOn);
                issued.add(new Issued(id, code, correction, file.target(), kept.size()));
            });
        });
        return new Result(issued, files);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Finding id → its detail with the names masked, as an item keeps it. */
    private Map<Long, String> maskedDetails(long checkRunId, List<StoredFinding> open) {
        var run = ReportData.completed(new org.inspect.check.CheckRunStore(db), checkRunId);
        List<org.inspect.model.Finding> masked = PersonNames.masked(open, PersonNames.of(db, checkRunId,
                run.snapshotId()), false);
        Map<Long, String> maskedDetail = new java.util.HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            maskedDetail.put(open.get(i).id(), masked.get(i).detail());
        }
        return maskedDetail;
    }

    /**
     * The rectification items of the notices (numbered as the notice lists them: by rule, then in the findings'
     * order); a problem already followed by an item of an earlier notice keeps it ({@link Rectification#open}).
     */
    private static List<Rectification.NewItem> newItems(List<StoredFinding> open, Map<Long, String> maskedDetail,
            List<Issued> issued, LocalDate issuedOn, LocalDate deadline) {
        List<Rectification.NewItem> items = new ArrayList<>();
        for (Issued n : issued) {
            List<StoredFinding> ofCounty = new ArrayList<>(open.stream()
                    .filter(sf -> n.countyCode().equals(sf.finding().countyCode())).toList());
            ofCounty.sort(java.util.Comparator.comparingInt(sf -> sf.finding().rule().ordinal()));
            int no = 1;
            for (StoredFinding sf : ofCounty) {
                var f = sf.finding();
                items.add(new Rectification.NewItem(FindingStore.key(f), sf.id(), n.id(), n.number(), no++,
                        n.countyCode(), f.rule().name(), f.householdId(), f.caseId(), f.idNumber(), f.detail(),
                        maskedDetail.get(sf.id()), issuedOn, deadline));
            }
        }
        return items;
    }

    /** The notices recorded for a check run, in number order. */
    public static List<Issued> recorded(Database db, long checkRunId) {
        return new NoticeStore(db).ofRun(checkRunId);
    }

    private List<StoredFinding> openFindings(long checkRunId) {
        return new FindingStore(db).list(new FindingStore.Query(checkRunId, null, null, false));
    }

    /** The next number of the pattern: after the highest issued, else the configured first. */
    int nextNumber(CampaignSettings settings) {
        return new NoticeStore(db).maxSeq(settings.noticePattern())
                .map(max -> Math.max(settings.noticeFirst(), max + 1)).orElse(settings.noticeFirst());
    }

    /** County code → the number of its last notice (of any run), in issue order. */
    private Map<String, String> lastNumberByCounty() {
        return new NoticeStore(db).lastNumberByCounty();
    }

    /** Deletes the notices of a check run and their items, in one transaction. */
    public static void deleteOfRun(Database db, long checkRunId) {
        new NoticeStore(db).deleteOfRun(checkRunId);
    }
}
