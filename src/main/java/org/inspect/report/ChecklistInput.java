package org.inspect.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

    /** One assigned case; {@code teammates} are the other inspectors of the team (names). */
    public record Item(String caseId, String householdId, String countyCode, String township, String village,
            String address, String headName, String headIdNumber, int members, String program, String decision,
            LocalDate decisionDate, BigDecimal monthlyBenefitYuan, List<String> teammates) {

        public Item {
            teammates = List.copyOf(teammates);
        }
    }
}
