package org.inspect.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.inspect.model.Finding;

/**
 * The field checklists (入户核查表) of a sample run: one sheet per inspector with the cases assigned to them, each
 * with its address and decision, what to verify on site and blank fields to fill in. Identity numbers and names
 * are masked unless {@code fullData}; a null {@code campaignName} takes the template's [campaign].
 */
public record ChecklistInput(String campaignName, long sampleRunId, String planName, String seedText,
        LocalDate issueDate, List<Sheet> sheets, boolean fullData) {

    public ChecklistInput {
        sheets = List.copyOf(sheets);
    }

    /** One inspector's sheet. */
    public record Sheet(String inspectorId, String inspectorName, String unit, List<Item> items) {

        public Sheet {
            items = List.copyOf(items);
        }
    }

    /**
     * One assigned case; {@code teammates} are the other inspectors of the team (names). {@code visit} is set for
     * a household of a household sample (focus groups), which may never have applied: its page then shows who
     * lives there and what the rolls say instead of a decision.
     */
    public record Item(String caseId, String householdId, String countyCode, String township, String village,
            String address, String headName, String headIdNumber, int members, String program, String decision,
            LocalDate decisionDate, BigDecimal monthlyBenefitYuan, List<String> teammates, HomeVisit visit,
            Recheck recheck, DeskCheck desk) {

        public Item {
            teammates = List.copyOf(teammates);
        }

        /** An item of a case or household sample, without a desk check (none was run on its snapshot). */
        public Item(String caseId, String householdId, String countyCode, String township, String village,
                String address, String headName, String headIdNumber, int members, String program, String decision,
                LocalDate decisionDate, BigDecimal monthlyBenefitYuan, List<String> teammates, HomeVisit visit) {
            this(caseId, householdId, countyCode, township, village, address, headName, headIdNumber, members,
                    program, decision, decisionDate, monthlyBenefitYuan, teammates, visit, null, null);
        }

        /** An item of a case sample. */
        public Item(String caseId, String householdId, String countyCode, String township, String village,
                String address, String headName, String headIdNumber, int members, String program, String decision,
                LocalDate decisionDate, BigDecimal monthlyBenefitYuan, List<String> teammates) {
            this(caseId, householdId, countyCode, township, village, address, headName, headIdNumber, members, program,
                    decision, decisionDate, monthlyBenefitYuan, teammates, null);
        }
    }

    /**
     * What the rolls show about a focus household to visit: its groups (Chinese, joined), every resident (name and
     * identity number masked on print, and a description), per-capita income against the dibao standard and the
     * margin limit (yuan a year), the property verdict, the income items and assets as the rolls give them, and the
     * registered poor households it matches.
     */
    public record HomeVisit(String groups, List<Resident> residents, String perCapitaIncome, String dibaoStandard,
            String marginLimit, String property, List<String> incomes, List<String> assets, String poorHouseholds) {

        public HomeVisit {
            residents = List.copyOf(residents);
            incomes = List.copyOf(incomes);
            assets = List.copyOf(assets);
        }
    }

    /**
     * A closed rectification item to re-inspect (复查): the notice and item number, the problem (its rule's word and
     * its sentence, masked), the deadline and the day it was closed, and what the county said it did: its response
     * note, the day of the response and the names of its evidence files (empty when it never responded).
     */
    public record Recheck(String noticeNumber, int itemNo, String problem, String finding, LocalDate deadline,
            LocalDate closedOn, String response, LocalDate respondedOn, List<String> evidence) {

        public Recheck {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * What the desk check (check run {@code checkRunId}) found about the household: its open findings, masked as
     * the checklist is; empty when it found nothing.
     */
    public record DeskCheck(long checkRunId, List<Finding> findings) {

        public DeskCheck {
            findings = List.copyOf(findings);
        }
    }

    /** A resident of a household to visit. */
    public record Resident(String name, String idNumber, String description) {
    }
}
