package org.inspect.rectification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inspect.error.NotFoundException;
import org.inspect.export.FileNames;
import org.inspect.export.PrivateFiles;
import org.inspect.model.Counties;
import org.inspect.rectification.internal.LedgerReader;
import org.inspect.rectification.internal.LedgerWriter;

/**
 * The counties' rectification ledgers (整改台账): one .xlsx per county with its open items to fill in, and the
 * import of the returned ledgers, validated as a whole and applied all or nothing (a blank row changes nothing).
 */
public final class Ledgers {

    private final Rectification rectification;

    public Ledgers(Rectification rectification) {
        this.rectification = rectification;
    }

    /**
     * Writes a ledger per county with open items (or only {@code countyCode}) into {@code dir} as
     * {@code 整改台账-<county code>-<county>.xlsx}; the finding's sentence is masked unless {@code fullData}, and a
     * full-data ledger carries {@code -full} in its name.
     */
    public List<Path> write(String countyCode, Path dir, boolean fullData) {
        Map<String, List<LedgerWriter.Line>> byCounty = new LinkedHashMap<>();
        for (Item i : rectification.store().items(countyCode)) {
            if (i.state().open()) {
                byCounty.computeIfAbsent(i.countyCode(), k -> new ArrayList<>()).add(new LedgerWriter.Line(i.id(),
                        i.noticeNumber(), i.itemNo(), ItemTable.ruleName(i.rule()), i.householdId(), i.caseId(),
                        fullData ? i.detail() : i.detailMasked(), i.deadline().toString(), i.state().chinese()));
            }
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<LedgerWriter.Line>> e : byCounty.entrySet()) {
                String name = Counties.name(e.getKey());
                Path file = dir.resolve("整改台账-" + FileNames.part(e.getKey() + "-" + name) + (fullData ? "-full" : "") + ".xlsx");
                String title = name + "整改台账（" + e.getKey() + "）" + (fullData ? "  内部资料 不得公开" : "");
                try (OutputStream out = PrivateFiles.open(file, fullData)) {
                    LedgerWriter.write(e.getKey(), title, e.getValue(), out);
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * What an import applied: the events per county; the rows left alone because the history holds them already
     * (a ledger sent again); warnings (a file named after another county than the one it holds).
     */
    public record Imported(List<Event> events, Map<String, Integer> perCounty, int files, int unchanged,
            List<LedgerReader.CellError> warnings) {
    }

    /**
     * Reads the ledgers ({@code source}: a file, or a folder whose .xlsx files are read), checks every filled row
     * (its item exists and belongs to the ledger's county, the result is one of the choices, the move is legal in
     * the item's state, measures and evidence files are there) and applies them all in one transaction, or throws a
     * {@link LedgerException} naming every problem and applies nothing. Evidence files are looked up in
     * {@code evidenceDir}, else beside the ledger.
     */
    public Imported importLedgers(Path source, Path evidenceDir) {
        List<Path> files = files(source);
        List<LedgerReader.CellError> errors = new ArrayList<>();
        List<Rectification.Change> changes = new ArrayList<>();
        Map<String, Integer> perCounty = new LinkedHashMap<>();
        Map<Long, String> seen = new LinkedHashMap<>();
        List<LedgerReader.Filled> unchanged = new ArrayList<>();
        List<LedgerReader.CellError> warnings = new ArrayList<>();
        for (Path f : files) {
            LedgerReader.Ledger l = LedgerReader.read(f);
            errors.addAll(l.errors());
            countyOfName(f).filter(named -> l.countyCode() != null && !named.equals(l.countyCode()))
                    .ifPresent(named -> warnings.add(new LedgerReader.CellError(f, 0, "", "rect.ledger.nameOtherCounty",
                            Counties.name(named), Counties.name(l.countyCode()))));
            for (LedgerReader.Filled row : l.rows()) {
                Rectification.Change ch = check(l, row, evidenceDir, seen, errors, unchanged);
                if (ch != null) {
                    changes.add(ch);
                    perCounty.merge(l.countyCode(), 1, Integer::sum);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new LedgerException(errors);
        }
        return new Imported(rectification.applyAll(changes), perCounty, files.size(), unchanged.size(), warnings);
    }

    /** The county a ledger's file name names (整改台账-370902-泰山区.xlsx: by code, else by name), if any. */
    static Optional<String> countyOfName(Path file) {
        String name = file.getFileName().toString();
        Matcher code = SIX_DIGITS.matcher(name);
        while (code.find()) {
            if (Counties.TAIAN.containsKey(code.group())) {
                return Optional.of(code.group());
            }
        }
        return Counties.TAIAN.entrySet().stream().filter(e -> name.contains(e.getValue())).map(Map.Entry::getKey)
                .findFirst();
    }

    private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

    private static List<Path> files(Path source) {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new NotFoundException("no ledger " + source).localized("rect.ledger.none", source);
        }
        try (Stream<Path> s = Files.list(source)) {
            List<Path> out = s.filter(p -> p.getFileName().toString().endsWith(".xlsx")
                    && !p.getFileName().toString().startsWith("~$")).sorted().toList();
            if (out.isEmpty()) {
                throw new NotFoundException("no .xlsx in " + source).localized("rect.ledger.none", source);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The change a filled row asks for, or null: when it is recorded already (in {@code unchanged}) or when it has
     * problems (added to {@code errors}).
     */
    private Rectification.Change check(LedgerReader.Ledger l, LedgerReader.Filled row, Path evidenceDir,
            Map<Long, String> seen, List<LedgerReader.CellError> errors, List<LedgerReader.Filled> unchanged) {
        Item item = itemOf(l, row, seen, errors);
        Move move = item == null ? null : move(row, errors);
        if (move == null) {
            return null;
        }
        if (move.action().target(item.state()) == null && recordedAlready(item, move, row)) {
            unchanged.add(row);
            return null;
        }
        int before = errors.size();
        checkFilled(item, move, row, errors);
        List<Path> evidence = evidence(row, evidenceDir, errors);
        if (errors.size() > before) {
            return null;
        }
        String note = statement(row) + "［台账 " + row.file().getFileName() + " 第 " + row.row() + " 行］";
        return new Rectification.Change(item.id(), move.action(), move.outcome(), note, evidence);
    }

    /** What a row's 整改结果 asks: a response with its outcome, or a contest. */
    private record Move(Action action, Outcome outcome) {
    }

    /** The row's item, or null when it is unknown, of another county or on an earlier row already. */
    private Item itemOf(LedgerReader.Ledger l, LedgerReader.Filled row, Map<Long, String> seen,
            List<LedgerReader.CellError> errors) {
        Item item;
        try {
            item = rectification.store().item(row.itemId());
        } catch (NotFoundException e) {
            errors.add(error(row, 0, "rect.ledger.unknownItem", row.itemId()));
            return null;
        }
        if (!item.countyCode().equals(l.countyCode())) {
            errors.add(error(row, 0, "rect.ledger.otherCounty", row.itemId(), Counties.name(item.countyCode()),
                    Counties.name(l.countyCode())));
            return null;
        }
        String before = seen.putIfAbsent(row.itemId(), row.file().getFileName() + ":" + row.row());
        if (before != null) {
            errors.add(error(row, 0, "rect.ledger.twice", row.itemId(), before));
            return null;
        }
        return item;
    }

    /** The move the row's 整改结果 names, or null when it names none. */
    private static Move move(LedgerReader.Filled row, List<LedgerReader.CellError> errors) {
        int result = LedgerWriter.FIRST_FILLED + 1;
        return switch (row.result()) {
            case "已整改" -> new Move(Action.RESPOND, Outcome.CLAIMED_FIXED);
            case "未完成" -> new Move(Action.RESPOND, Outcome.NOT_DONE);
            case "申辩" -> new Move(Action.CONTEST, null);
            case "" -> {
                errors.add(error(row, result, "rect.ledger.noResult"));
                yield null;
            }
            default -> {
                errors.add(error(row, result, "rect.ledger.badResult", row.result(), String.join("、",
                        LedgerWriter.RESULTS)));
                yield null;
            }
        };
    }

    /** The move is legal in the item's state, and the row gives the measures and, for a fix, the day it was done. */
    private static void checkFilled(Item item, Move move, LedgerReader.Filled row,
            List<LedgerReader.CellError> errors) {
        int f = LedgerWriter.FIRST_FILLED;
        if (move.action().target(item.state()) == null) {
            errors.add(error(row, f + 1, "rect.ledger.illegal", row.itemId(), item.state().chinese(), row.result()));
        }
        if (row.measures().isEmpty()) {
            errors.add(error(row, f, "rect.ledger.noMeasures"));
        }
        if (move.outcome() == Outcome.CLAIMED_FIXED && row.doneOn() == null) {
            errors.add(error(row, f + 2, "rect.ledger.noDate"));
        }
    }

    /** The row's evidence files, looked up in {@code evidenceDir}, else beside the ledger; a missing one an error. */
    private static List<Path> evidence(LedgerReader.Filled row, Path evidenceDir, List<LedgerReader.CellError> errors) {
        int column = LedgerWriter.FIRST_FILLED + 3;
        List<Path> evidence = new ArrayList<>();
        Path base = evidenceDir != null ? evidenceDir : row.file().toAbsolutePath().getParent();
        for (String name : row.evidence()) {
            Path p = inside(base, name);
            if (p == null) {
                errors.add(error(row, column, "rect.ledger.evidenceOutside", name, base));
            } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                errors.add(error(row, column, "rect.ledger.noEvidence", name, base));
            } else {
                evidence.add(p);
            }
        }
        return evidence;
    }

    /** What a row says, as its event's note begins: the measures and the day they were completed. */
    private static String statement(LedgerReader.Filled row) {
        return row.measures() + (row.doneOn() == null ? "" : "（完成日期 " + row.doneOn() + "）");
    }

    /**
     * Whether the county's last answer on record for {@code item} (its last response or contest) is this row's:
     * the same move, outcome, measures, day and evidence file names, from whichever ledger file and row. A ledger
     * sent again then imports its new rows and leaves these alone instead of refusing them as illegal moves.
     */
    private boolean recordedAlready(Item item, Move move, LedgerReader.Filled row) {
        List<Event> events = rectification.store().events(item.id());
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.action() == Action.RESPOND || e.action() == Action.CONTEST) {
                return e.action() == move.action() && e.outcome() == move.outcome() && e.note() != null
                        && e.note().startsWith(statement(row) + "［")
                        && e.evidence().stream().map(Evidence::name).toList().equals(row.evidence().stream()
                                .map(n -> Path.of(n).getFileName().toString()).toList());
            }
        }
        return false;
    }

    /**
     * The evidence file {@code name} inside {@code base}, or null when the name leaves it: an absolute path, a
     * {@code ..} or a symbolic link anywhere below {@code base} (a ledger is filled in by someone else, and its
     * 佐证材料 cell must not copy a private file of the machine into the shared evidence store).
     */
    static Path inside(Path base, String name) {
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
        if (relative.isAbsolute() || relative.getRoot() != null || name.startsWith("/") || name.startsWith("\\")) {
            return null;
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                return null;
            }
        }
        Path p = base.resolve(relative).normalize();
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return p;
        }
        try {
            Path real = p.toRealPath();
            return real.equals(base.toRealPath().resolve(relative).normalize()) ? p : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static LedgerReader.CellError error(LedgerReader.Filled row, int column, String key, Object... args) {
        return new LedgerReader.CellError(row.file(), row.row(), LedgerReader.col(column), key, args);
    }
}
