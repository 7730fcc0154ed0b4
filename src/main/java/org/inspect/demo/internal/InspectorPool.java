package org.inspect.demo.internal;

import java.util.ArrayList;
import java.util.List;
import org.inspect.model.Counties;
import org.inspect.model.Inspector;
import org.inspect.model.Sex;

/**
 * About forty inspectors for random assignment ("双随机"): staff of the city civil-affairs bureau and
 * poverty-alleviation office (each with the county they come from, for avoidance) and of the county
 * bureaus; a few are off duty.
 */
final class InspectorPool {

    private InspectorPool() {
    }

    static List<Inspector> build(long seed) {
        Rnd r = new Rnd(seed, -1, 0x1A5);
        List<String> counties = new ArrayList<>(Counties.TAIAN.keySet());
        List<Inspector> pool = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pool.add(inspector(r, pool.size(), "泰安市民政局", r.pick(counties)));
        }
        for (int i = 0; i < 4; i++) {
            pool.add(inspector(r, pool.size(), "泰安市扶贫开发办公室", r.pick(counties)));
        }
        for (String county : counties) {
            String name = Counties.name(county);
            int staff = county.startsWith("37097") ? 2 : 3;
            for (int i = 0; i < staff; i++) {
                pool.add(inspector(r, pool.size(), name + "民政局", county));
            }
            if (!county.startsWith("37097")) {
                pool.add(inspector(r, pool.size(), name + "扶贫办", county));
            }
        }
        return pool;
    }

    private static Inspector inspector(Rnd r, int n, String unit, String county) {
        Sex sex = r.chance(0.5) ? Sex.MALE : Sex.FEMALE;
        String name = Names.full(r, Names.surname(r), sex, r.between(1965, 1995));
        return new Inspector(String.format("JC%03d", n + 1), name, unit, county, !r.chance(0.08));
    }
}
