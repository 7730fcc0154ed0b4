package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.inspect.check.job.CriteriaConfig;
import org.inspect.check.ReasonReviewStore;
import org.inspect.error.ExitCodes;
import org.inspect.model.Counties;
import org.inspect.model.Criterion;
import org.inspect.rules.CriterionMatch;
import org.inspect.rules.ReadClause;
import org.inspect.rules.ReasonCheck;
import org.inspect.rules.ReasonReading;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect criteria test}: shows how the reader of reasons reads one reason or a column of a CSV file. */
@Command(name = "criteria", resourceBundle = "org.inspect.cli.criteria", mixinStandardHelpOptions = true,
        subcommands = {CriteriaCommand.Test.class})
final class CriteriaCommand extends ParentCommand {

    /** How many reasons to read a check summary shows in full. */
    static final int SHOWN = 10;

    @Command(name = "test", resourceBundle = "org.inspect.cli.criteria", mixinStandardHelpOptions = true)
    static final class Test implements Callable<Integer> {

        private final Console console;

        Test(Console console) {
            this.console = console;
        }

        @Mixin
        GlobalOptions global;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Input input;

        static final class Input {
            @Parameters(paramLabel = "REASON", descriptionKey = "criteria.reason")
            String reason;

            @Option(names = "--file", paramLabel = "CSV", required = true, descriptionKey = "criteria.file")
            Path file;
        }

        @Option(names = "--column", paramLabel = "NAME", descriptionKey = "criteria.column")
        String column;

        @Override
        public Integer call() {
            ReasonCheck check = new ReasonCheck(CriteriaConfig.load(global.settings()));
            console.println(Messages.get("criteria.words", CriteriaConfig.describe(global.settings())));
            if (input.reason != null) {
                printReading(check.read(input.reason));
                return ExitCodes.OK;
            }
            ReasonCheck.Tally t = check.readFile(input.file, column, row -> printRow(row));
            printTally(t);
            return ExitCodes.OK;
        }

        private void printReading(ReasonReading r) {
            console.println(Messages.get("criteria.reason.line", r.reason()));
            int i = 1;
            for (ReadClause c : r.clauses()) {
                console.println(Messages.get("criteria.clause", i++, c.text()));
                console.println(Messages.get("criteria.clause.detail", whom(c),
                        c.said().isEmpty() ? "-" : c.said().stream().map(CriteriaCommand::said)
                                .collect(Collectors.joining("、")),
                        c.grounds().isEmpty() ? "-" : c.grounds().stream().map(g -> g.ground().chinese())
                                .collect(Collectors.joining("、"))));
            }
            if (r.criteria().isEmpty()) {
                console.println(Messages.get("criteria.none"));
            }
            for (CriterionMatch m : r.criteria()) {
                console.println(Messages.get("criteria.found", m.criterion().code(), m.criterion().chinese(), m.sentence()));
            }
            console.println(Messages.get("criteria.grounds", r.grounds().isEmpty() ? "-"
                    : r.grounds().stream().map(g -> g.ground().chinese() + "“" + g.words() + "”")
                            .collect(Collectors.joining("、"))));
            for (String q : r.needsReading()) {
                console.println(Messages.get("criteria.needsReading", q));
            }
        }

        private static String whom(ReadClause c) {
            String who = c.whom().word().isEmpty() ? c.whom().chinese() : c.whom().word() + " = " + c.whom().chinese();
            return c.carried() ? Messages.get("criteria.carried", who) : who;
        }

        private void printRow(ReasonCheck.Row row) {
            ReasonReading r = row.reading();
            String criteria = r.criteria().isEmpty() ? "-" : r.criteria().stream().map(m -> m.criterion().code())
                    .distinct().collect(Collectors.joining(","));
            String grounds = r.grounds().isEmpty() ? "-" : r.grounds().stream().map(g -> g.ground().name()).distinct()
                    .collect(Collectors.joining(","));
            console.println(Messages.get("criteria.row", row.line(), criteria, grounds,
                    r.needsPersonsReading() ? Messages.get("criteria.row.needsReading") : "", r.reason()));
        }

        private void printTally(ReasonCheck.Tally t) {
            console.println(Messages.get("criteria.tally", t.reasons(), t.withCriterion(), t.needsReading()));
            for (Map.Entry<Criterion, Long> e : t.perCriterion().entrySet()) {
                console.println(Messages.get("criteria.tally.line", e.getKey().code(), e.getKey().chinese(), e.getValue()));
            }
        }
    }

    /** Shown in the summary of a check run: the reasons the reader could not place, the first few in full. */
    static void printReasonsToRead(Console console, List<ReasonReviewStore.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        console.println(Messages.get("criteria.toRead", rows.size(), Math.min(rows.size(), SHOWN)));
        for (ReasonReviewStore.Row r : rows.subList(0, Math.min(rows.size(), SHOWN))) {
            console.println(Messages.get("criteria.toRead.line", Counties.name(r.countyCode()), r.householdId(),
                    r.caseId(), r.reason()));
            console.println(Messages.get("criteria.toRead.note", r.note()));
        }
    }

    static String said(ReadClause.Said s) {
        return s.topic().chinese() + (s.denied() ? Messages.get("criteria.denied") : "") + "“" + s.words() + "”";
    }
}
