package org.inspect.demo.internal;

import java.util.ArrayList;
import java.util.List;
import org.inspect.model.Asset;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Deduction;
import org.inspect.model.Household;
import org.inspect.model.Income;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.RegisteredPoorPerson;

/**
 * One unit of the demo city while it is generated: a civil-affairs household with all its rows, or (when
 * {@code inCivilAffairs} is false) only a poverty-roll household whose people civil affairs does not know.
 */
final class Draft {

    final int index;
    final Scenario scenario;
    final String householdId;
    final String countyCode;
    final String poorHouseholdId;
    String township;
    String village;
    String address;
    boolean inCivilAffairs = true;
    /** Whether the unit carries an anomaly on purpose; month two may set it. */
    boolean planted;
    final List<Member> members = new ArrayList<>();
    final List<Income> incomes = new ArrayList<>();
    final List<Deduction> deductions = new ArrayList<>();
    final List<Asset> assets = new ArrayList<>();
    final List<Obligor> obligors = new ArrayList<>();
    final List<AssistanceCase> cases = new ArrayList<>();
    final List<RegisteredPoorPerson> registeredPoor = new ArrayList<>();
    private int caseSeq;

    Draft(int index, Scenario scenario, String countyCode) {
        this.index = index;
        this.scenario = scenario;
        this.countyCode = countyCode;
        String serial = Integer.toString(index + 1 + 10_000_000).substring(1);
        this.householdId = countyCode + serial;
        this.poorHouseholdId = "FP" + countyCode.substring(2) + serial;
        this.planted = scenario.planted();
    }

    Member head() {
        return members.get(0);
    }

    String nextCaseId(Program program) {
        caseSeq++;
        String prefix = switch (program) {
            case DIBAO -> "DB";
            case TEKUN -> "TK";
            case TEMPORARY -> "LS";
        };
        return prefix + householdId + "-" + caseSeq;
    }

    Household household() {
        return new Household(householdId, countyCode, township, village, head().idNumber().value(), address);
    }

    boolean isRegisteredPoor() {
        return !registeredPoor.isEmpty();
    }

    PovertyStatus povertyStatus() {
        return registeredPoor.isEmpty() ? null : registeredPoor.get(0).status();
    }

    /** Puts every member on the poverty roll (or replaces their status), with one cause for the household. */
    void register(PovertyStatus status, String cause) {
        registeredPoor.clear();
        for (Member m : members) {
            registeredPoor.add(new RegisteredPoorPerson(poorHouseholdId, m.idNumber().value(), m.name(), countyCode,
                    status, cause));
        }
    }

    void setPovertyStatus(PovertyStatus status) {
        registeredPoor.replaceAll(p -> new RegisteredPoorPerson(p.poorHouseholdId(), p.idNumber(), p.name(),
                p.countyCode(), status, p.povertyCause()));
    }
}
