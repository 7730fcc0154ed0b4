package org.inspect.rectification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspect.model.Counties;

/**
 * The rectification progress on a day, the figures of the progress bulletin (整改进展情况通报) and of the inspection
 * report's rectification chart alike: per county the items per state, overdue, contradicted, the closure rate
 * (已销号 over the items not withdrawn) and the mean days from issue to closing; the closures per day; the overdue
 * and the contradicted items.
 */
public record Progress(LocalDate asOf, List<County> counties, County total, List<Closure> closures,
        List<Rectification.Row> overdue, List<Rectification.Row> contradicted) {

    /** One county's figures (the total has code null). */
    public record County(String code, Map<State, Integer> perState, int items, int overdue, int contradicted,
            double closureRate, Double meanDaysToClose) {

        public int count(State s) {
            return perState.getOrDefault(s, 0);
        }
    }

    /** Items closed on a day, and closed up to that day. */
    public record Closure(LocalDate day, int closed, int cumulative) {
    }

    static Progress of(LocalDate asOf, List<Rectification.Row> rows) {
        Map<String, List<Rectification.Row>> byCounty = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(Counties.TAIAN.keySet());
        rows.stream().map(r -> r.item().countyCode()).distinct()
                .sorted(java.util.Comparator.comparingInt((String c) -> order.contains(c) ? order.indexOf(c)
                        : order.size()).thenComparing(c -> c))
                .forEach(c -> byCounty.put(c, new ArrayList<>()));
        rows.forEach(r -> byCounty.get(r.item().countyCode()).add(r));
        List<County> counties = new ArrayList<>();
        byCounty.forEach((code, list) -> counties.add(county(code, list)));
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        rows.stream().filter(r -> r.closedOn() != null).forEach(r -> perDay.merge(r.closedOn(), 1, Integer::sum));
        List<Closure> closures = new ArrayList<>();
        int cumulative = 0;
        for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
            cumulative += e.getValue();
            closures.add(new Closure(e.getKey(), e.getValue(), cumulative));
        }
        return new Progress(asOf, counties, county(null, rows), closures,
                rows.stream().filter(Rectification.Row::overdue).toList(),
                rows.stream().filter(Rectification.Row::contradicted).toList());
    }

    private static County county(String code, List<Rectification.Row> rows) {
        Map<State, Integer> perState = new EnumMap<>(State.class);
        for (State s : State.values()) {
            perState.put(s, 0);
        }
        int overdue = 0;
        int contradicted = 0;
        long days = 0;
        int closedWithDate = 0;
        for (Rectification.Row r : rows) {
            perState.merge(r.item().state(), 1, Integer::sum);
            overdue += r.overdue() ? 1 : 0;
            contradicted += r.contradicted() ? 1 : 0;
            if (r.closedOn() != null) {
                days += ChronoUnit.DAYS.between(r.item().issuedOn(), r.closedOn());
                closedWithDate++;
            }
        }
        int base = rows.size() - perState.get(State.WITHDRAWN);
        double rate = base == 0 ? 0 : (double) perState.get(State.CLOSED) / base;
        return new County(code, perState, rows.size(), overdue, contradicted, rate,
                closedWithDate == 0 ? null : (double) days / closedWithDate);
    }
}
