package org.inspect.sampling.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.inspect.error.BadInputException;
import org.inspect.model.Counties;
import org.inspect.model.Inspector;
import org.inspect.sampling.Assignment;
import org.inspect.sampling.FrameCase;
import org.inspect.sampling.Seeds;

/**
 * Assigns teams to sampled cases (双随机): cases in case_id order; for each seat of a team, among the active
 * inspectors not from the case's county and not yet in the team, those with the fewest cases so far, in
 * inspector_id order, and one of them chosen by uniform(count) from the inspectors' generator. A plan may limit
 * the counties one inspector covers: then only inspectors still within that limit for the case's county are
 * candidates, the county's own first up to an even load (the draw fails, naming the county, when none is left).
 */
public final class InspectorAssigner {

    private final List<Inspector> pool;
    private final int teamSize;
    private final SplittableRandom rng;
    private final Map<String, Integer> load = new HashMap<>();
    private final Integer maxCounties;
    private final Map<String, Set<String>> covered = new HashMap<>();
    /**
     * The cases each inspector would take if the load were even: with a cap, a county's own inspectors take cases
     * up to it before the county takes on another inspector.
     */
    private int fairLoad;

    public InspectorAssigner(List<Inspector> inspectors, int teamSize, long seed) {
        this(inspectors, teamSize, seed, null);
    }

    /**
     * With {@code maxCounties} set (the plan's {@code maxCountiesPerInspector}), an inspector already assigned
     * cases in that many counties is eligible only for cases of those counties.
     */
    public InspectorAssigner(List<Inspector> inspectors, int teamSize, long seed, Integer maxCounties) {
        if (teamSize < 1) {
            throw new BadInputException("team size " + teamSize + " must be at least 1");
        }
        this.pool = activeSorted(inspectors);
        this.teamSize = teamSize;
        this.rng = Seeds.generator(seed, Seeds.INSPECTORS_KEY);
        this.maxCounties = maxCounties;
    }

    /** The active pool in inspector_id order; duplicate ids are bad input. */
    public static List<Inspector> activeSorted(List<Inspector> inspectors) {
        List<Inspector> active = new ArrayList<>(inspectors.stream().filter(Inspector::active).toList());
        active.sort(Comparator.comparing(Inspector::inspectorId));
        for (int i = 1; i < active.size(); i++) {
            if (active.get(i).inspectorId().equals(active.get(i - 1).inspectorId())) {
                throw new BadInputException("inspector pool lists inspector_id " + active.get(i).inspectorId()
                        + " twice");
            }
        }
        return active;
    }

    /** Assigns every case, given in case_id order. */
    public List<Assignment> assign(List<FrameCase> cases) {
        checkEnoughInspectors(cases);
        fairLoad = pool.isEmpty() ? 1 : Math.max(1, (cases.size() * teamSize + pool.size() - 1) / pool.size());
        List<Assignment> out = new ArrayList<>(cases.size());
        for (FrameCase c : cases) {
            out.add(new Assignment(c.caseId(), c.countyCode(), team(c)));
        }
        return out;
    }

    /** Names every county whose sampled cases cannot get a full team from outside the county. */
    private void checkEnoughInspectors(List<FrameCase> cases) {
        Map<String, Integer> sampled = new TreeMap<>();
        cases.forEach(c -> sampled.merge(c.countyCode(), 1, Integer::sum));
        List<String> shortCounties = new ArrayList<>();
        sampled.forEach((county, count) -> {
            long eligible = pool.stream().filter(i -> !i.countyCode().equals(county)).count();
            if (eligible < teamSize) {
                shortCounties.add("county " + county + " " + Counties.name(county) + " has " + count
                        + " sampled cases but only " + eligible + " of the " + pool.size()
                        + " active inspectors are not from that county");
            }
        });
        if (!shortCounties.isEmpty()) {
            throw new BadInputException("too few inspectors for teams of " + teamSize + " (avoidance: never an"
                    + " inspector from the case's own county): " + String.join("; ", shortCounties));
        }
    }

    private List<String> team(FrameCase c) {
        List<Inspector> eligible = pool.stream().filter(i -> !i.countyCode().equals(c.countyCode())).toList();
        List<String> team = new ArrayList<>(teamSize);
        for (int seat = 0; seat < teamSize; seat++) {
            List<Inspector> free = eligible.stream().filter(i -> !team.contains(i.inspectorId()))
                    .filter(i -> withinReach(i, c.countyCode())).toList();
            if (free.isEmpty()) {
                throw outOfReach(c);
            }
            if (maxCounties != null) {
                free = withinCap(free, c.countyCode());
            }
            int least = free.stream().mapToInt(i -> load.getOrDefault(i.inspectorId(), 0)).min().orElseThrow();
            List<Inspector> candidates = free.stream()
                    .filter(i -> load.getOrDefault(i.inspectorId(), 0) == least).toList();
            Inspector chosen = candidates.get((int) Seeds.uniform(rng, candidates.size()));
            team.add(chosen.inspectorId());
            load.merge(chosen.inspectorId(), 1, Integer::sum);
            covered.computeIfAbsent(chosen.inspectorId(), k -> new HashSet<>()).add(c.countyCode());
        }
        return team;
    }

    /**
     * Under a cap, who is considered for a seat: the county's own inspectors (already covering it) below the even
     * load; else inspectors new to the county, who spend one of their counties on it; else the county's own.
     * Balancing alone would give every inspector a case of the first county and leave none for the last.
     */
    private List<Inspector> withinCap(List<Inspector> free, String county) {
        List<Inspector> own = free.stream().filter(i -> covers(i, county)).toList();
        List<Inspector> ownBelowEven = own.stream().filter(i -> load.getOrDefault(i.inspectorId(), 0) < fairLoad)
                .toList();
        if (!ownBelowEven.isEmpty()) {
            return ownBelowEven;
        }
        List<Inspector> fresh = free.stream().filter(i -> !covers(i, county)).toList();
        return fresh.isEmpty() ? own : fresh;
    }

    private boolean covers(Inspector i, String county) {
        return covered.getOrDefault(i.inspectorId(), Set.of()).contains(county);
    }

    /** Whether {@code i} may take a case of {@code county} without covering more counties than the plan allows. */
    private boolean withinReach(Inspector i, String county) {
        Set<String> counties = covered.getOrDefault(i.inspectorId(), Set.of());
        return maxCounties == null || counties.contains(county) || counties.size() < maxCounties;
    }

    private BadInputException outOfReach(FrameCase c) {
        String county = c.countyCode() + " " + Counties.name(c.countyCode());
        return new BadInputException("too few inspectors within reach for teams of " + teamSize + " in county "
                + county + " (case " + c.caseId() + "): every eligible inspector already covers "
                + maxCounties + " counties, the plan's maxCountiesPerInspector; raise it or add inspectors")
                .localized("sample.outOfReach", teamSize, county, c.caseId(), maxCounties);
    }

    /** SHA-256 of the active pool: "inspector_id TAB county_code LF" per inspector in id order, UTF-8. */
    public static String poolSha256(List<Inspector> inspectors) {
        StringBuilder sb = new StringBuilder();
        for (Inspector i : activeSorted(inspectors)) {
            sb.append(i.inspectorId()).append('\t').append(i.countyCode()).append('\n');
        }
        return FrameHash.hexOf(sb.toString());
    }
}
