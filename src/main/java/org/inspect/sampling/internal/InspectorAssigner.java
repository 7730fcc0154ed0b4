package org.inspect.sampling.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * inspector_id order, and one of them chosen by uniform(count) from the inspectors' generator.
 */
public final class InspectorAssigner {

    private final List<Inspector> pool;
    private final int teamSize;
    private final SplittableRandom rng;
    private final Map<String, Integer> load = new HashMap<>();

    public InspectorAssigner(List<Inspector> inspectors, int teamSize, long seed) {
        if (teamSize < 1) {
            throw new BadInputException("team size " + teamSize + " must be at least 1");
        }
        this.pool = activeSorted(inspectors);
        this.teamSize = teamSize;
        this.rng = Seeds.generator(seed, Seeds.INSPECTORS_KEY);
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
            List<Inspector> free = eligible.stream().filter(i -> !team.contains(i.inspectorId())).toList();
            int least = free.stream().mapToInt(i -> load.getOrDefault(i.inspectorId(), 0)).min().orElseThrow();
            List<Inspector> candidates = free.stream()
                    .filter(i -> load.getOrDefault(i.inspectorId(), 0) == least).toList();
            Inspector chosen = candidates.get((int) Seeds.uniform(rng, candidates.size()));
            team.add(chosen.inspectorId());
            load.merge(chosen.inspectorId(), 1, Integer::sum);
        }
        return team;
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
