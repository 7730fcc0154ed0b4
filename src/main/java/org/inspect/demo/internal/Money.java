package org.inspect.demo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.inspect.model.Asset;
import org.inspect.model.AssetType;
import org.inspect.model.Deduction;
import org.inspect.model.DeductionType;
import org.inspect.model.Income;
import org.inspect.model.IncomeType;
import org.inspect.model.Member;
import org.inspect.model.Obligor;
import org.inspect.model.Relation;
import org.inspect.model.Sex;
import org.inspect.model.StandardItem;

/**
 * Incomes, deductions, property and obligors of a household. Incomes are composed to land the household's
 * per-capita income in a wanted band (a multiple of the county's dibao standard), so that a clean household
 * is clearly eligible or clearly not, and a planted one is wrong by a visible margin.
 */
final class Money {

    private final Oracle oracle;
    private final People people;

    Money(Oracle oracle, People people) {
        this.oracle = oracle;
        this.people = people;
    }

    long dibaoStandard(Draft d) {
        return oracle.dibaoStandard(d.countyCode).longValue();
    }

    /** Deposits allowed per member: FINANCIAL_ASSET_MONTHS × standard ÷ 12. */
    long financialLimitPerHead(Draft d) {
        return oracle.std(d.countyCode, StandardItem.FINANCIAL_ASSET_MONTHS).longValue() * dibaoStandard(d) / 12;
    }

    /**
     * Adds income rows (and, for the seriously ill, a medical deduction) so that per-capita income ends in
     * [lo, hi] × standard, or above it when pensions and obligors' support alone exceed the band.
     */
    void compose(Rnd r, Draft d, double lo, double hi) {
        long std = dibaoStandard(d);
        int n = d.members.size();
        long target = Math.round(std * n * r.uniform(lo, hi));
        boolean poor = hi < 1.0;
        long counted = 0;
        for (Obligor o : d.obligors) {
            counted += oracle.support(d.countyCode, o).longValue();
        }
        for (Member m : d.members) {
            int age = people.age(m);
            if (age >= 60) {
                long pension = !poor && r.chance(0.3) ? r.between(200, 360) * 100L : r.between(1416, 1600);
                counted += income(d, m, IncomeType.PENSION, pension);
            }
            if (m.stateFunded()) {
                counted += income(d, m, IncomeType.WAGE, r.between(50, 90) * 1000L);
            }
            if (m.disabilityGrade() != null) {
                income(d, m, IncomeType.EXEMPT, r.pickOf(1200L, 1440L, 960L));
            }
            if (age >= 80) {
                income(d, m, IncomeType.EXEMPT, 600L);
            }
        }
        // A deduction is only added where other income can make up for it, so the band still holds.
        if (d.members.stream().anyMatch(Member::seriousIllness) && r.chance(0.75) && counted < target) {
            long medical = r.between(20, 120) * 100L;
            d.deductions.add(new Deduction(d.householdId, DeductionType.MEDICAL, BigDecimal.valueOf(medical)));
            target += medical;
        }
        long remaining = target - counted;
        remaining -= crops(r, d, remaining, poor);
        remaining -= work(r, d, remaining);
        if (remaining >= 10) {
            leftover(r, d, remaining / 10 * 10, poor);
        }
    }

    private long income(Draft d, Member m, IncomeType type, long amount) {
        d.incomes.add(new Income(d.householdId, m == null ? null : m.idNumber().value(), type,
                BigDecimal.valueOf(amount), null, null));
        return type == IncomeType.EXEMPT ? 0 : amount;
    }

    private long crops(Rnd r, Draft d, long budget, boolean poor) {
        if (budget <= 0) {
            return 0;
        }
        String summer = r.weighted(new double[] {0.7, 0.1, 0.1, 0.1}) == 0 ? "CORN"
                : r.pickOf("PEANUT", "SWEET_POTATO", "SOYBEAN");
        long perMu = cropRate(d, "WHEAT") + cropRate(d, summer);
        int maxHalves = (int) Math.round(d.members.size() * 2 * 1.6);
        long halves = Math.min(maxHalves, (long) (budget * r.uniform(0.3, 0.7) / (perMu / 2.0)));
        long used = 0;
        if (halves >= 1) {
            BigDecimal mu = BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2));
            crop(r, d, IncomeType.CROP, "WHEAT", mu);
            crop(r, d, IncomeType.CROP, summer, mu);
            used = oracle.incomeValue(d.countyCode, d.incomes.get(d.incomes.size() - 1)).longValue()
                    + oracle.incomeValue(d.countyCode, d.incomes.get(d.incomes.size() - 2)).longValue();
        }
        if (r.chance(poor ? 0.15 : 0.35)) {
            String cash = r.pick(DemoStandards.CASH_CROPS);
            long rate = oracle.std(d.countyCode, StandardItem.cashCrop(cash)).longValue();
            long cashHalves = Math.min(6, (long) ((budget - used) * 0.5 / (rate / 2.0)));
            if (cashHalves >= 1) {
                crop(r, d, IncomeType.CASH_CROP, cash, BigDecimal.valueOf(cashHalves).divide(BigDecimal.valueOf(2)));
                used += oracle.incomeValue(d.countyCode, d.incomes.get(d.incomes.size() - 1)).longValue();
            }
        }
        return used;
    }

    private long cropRate(Draft d, String item) {
        return oracle.std(d.countyCode, StandardItem.crop(item)).longValue();
    }

    private void crop(Rnd r, Draft d, IncomeType type, String item, BigDecimal mu) {
        d.incomes.add(new Income(d.householdId, r.chance(0.5) ? d.head().idNumber().value() : null, type, null,
                mu.stripTrailingZeros().scale() < 0 ? mu.setScale(0) : mu.stripTrailingZeros(), item));
    }

    /** Migrant work of the able members, by months (now and then by amount), with its employment cost. */
    private long work(Rnd r, Draft d, long budget) {
        long month = oracle.std(d.countyCode, StandardItem.MIGRANT_WORK_MONTH).longValue();
        long used = 0;
        for (Member m : d.members) {
            if (budget - used < month || !oracle.ableMember(m)) {
                continue;
            }
            long months = Math.min(11, (budget - used) / month);
            if (r.chance(0.1)) {
                used += income(d, m, IncomeType.MIGRANT_WORK, months * month);
            } else {
                d.incomes.add(new Income(d.householdId, m.idNumber().value(), IncomeType.MIGRANT_WORK, null,
                        BigDecimal.valueOf(months), null));
                used += months * month;
            }
        }
        if (used > 0 && r.chance(0.2)) {
            long cost = Math.min(used / 10, r.between(5, 15) * 100L) / 10 * 10;
            d.deductions.add(new Deduction(d.householdId, DeductionType.EMPLOYMENT_COST, BigDecimal.valueOf(cost)));
            used -= cost;
        }
        return used;
    }

    private void leftover(Rnd r, Draft d, long amount, boolean poor) {
        Member earner = d.members.stream().filter(m -> people.age(m) >= 16 && people.age(m) < 60).findFirst()
                .orElse(null);
        IncomeType type;
        if (poor) {
            type = r.pickOf(IncomeType.TRANSFER, IncomeType.OTHER, IncomeType.TRANSFER);
        } else if (earner != null) {
            type = r.pickOf(IncomeType.WAGE, IncomeType.BUSINESS, IncomeType.WAGE);
        } else {
            type = r.pickOf(IncomeType.PROPERTY, IncomeType.PENSION);
        }
        Member who = type == IncomeType.PENSION ? d.head() : (type == IncomeType.TRANSFER ? null : earner);
        income(d, who, type, amount);
    }

    // Property.

    /** The home lived in and modest production goods, all within the limits. */
    void modestAssets(Rnd r, Draft d) {
        asset(d, AssetType.HOUSE, r.between(15, 80) * 1000L, true, r.pickOf("自住砖瓦房", "自住平房三间", "自建房"));
        if (r.chance(0.4)) {
            asset(d, AssetType.MACHINERY, r.between(20, 60) * 100L, true, "农用三轮车");
        }
        if (r.chance(0.25)) {
            int goats = r.between(2, 8);
            asset(d, AssetType.LIVESTOCK, goats * 800L, true, "饲养山羊" + goats + "只");
        }
        if (r.chance(0.5)) {
            long limit = financialLimitPerHead(d) * d.members.size();
            asset(d, AssetType.DEPOSIT, Math.max(100, (long) (limit * r.uniform(0.02, 0.4)) / 100 * 100), false,
                    "银行存款");
        }
        if (r.chance(0.1)) {
            asset(d, AssetType.VEHICLE, r.between(15, 35) * 100L, false, "电动三轮车");
        }
        if (d.members.stream().anyMatch(m -> m.disabilityGrade() != null) && r.chance(0.3)) {
            asset(d, AssetType.VEHICLE, r.between(20, 50) * 100L, true, "残疾人代步车");
        }
    }

    /** What a household that is not poor may own. */
    void ampleAssets(Rnd r, Draft d) {
        asset(d, AssetType.HOUSE, r.between(60, 300) * 1000L, true, r.pickOf("自住二层楼房", "自住砖瓦房", "自建房"));
        asset(d, AssetType.DEPOSIT, r.between(10, 200) * 1000L, false, "银行存款");
        if (r.chance(0.3)) {
            asset(d, AssetType.VEHICLE, r.between(40, 150) * 1000L, false, "小型轿车");
        }
        if (r.chance(0.1)) {
            asset(d, AssetType.HOUSE, r.between(300, 800) * 1000L, false, "城区商品房");
        }
        if (r.chance(0.1)) {
            asset(d, AssetType.SECURITIES, r.between(10, 100) * 1000L, false, "理财产品");
        }
        if (r.chance(0.2)) {
            asset(d, AssetType.MACHINERY, r.between(20, 80) * 1000L, true, "拖拉机");
        }
        if (r.chance(0.05)) {
            asset(d, AssetType.BUSINESS, r.between(20, 100) * 1000L, false, "小卖部");
        }
    }

    void ownCar(Rnd r, Draft d) {
        asset(d, AssetType.VEHICLE, r.between(40, 120) * 1000L, false, r.pickOf("小型轿车", "SUV小汽车"));
    }

    void secondHouse(Rnd r, Draft d) {
        asset(d, AssetType.HOUSE, r.between(200, 500) * 1000L, false, r.pickOf("城区商品房一套", "县城楼房一套"));
    }

    void depositsOverLimit(Rnd r, Draft d) {
        long limit = financialLimitPerHead(d) * d.members.size();
        asset(d, AssetType.DEPOSIT, limit + r.between(5, 60) * 1000L, false, "定期存款");
    }

    private static void asset(Draft d, AssetType type, long value, boolean necessary, String description) {
        d.assets.add(new Asset(d.householdId, type, BigDecimal.valueOf(value), necessary, description));
    }

    // Obligors.

    /** A child living elsewhere whose household per-capita income is opcFactor × the dibao standard. */
    Obligor obligor(Rnd r, Draft d, Member supported, double opcFactor, Long courtOrdered) {
        Member parent = supported == null ? d.head() : supported;
        int age = Math.max(20, Math.min(people.age(parent) - r.between(22, 35), 60));
        Sex sex = r.chance(0.5) ? Sex.MALE : Sex.FEMALE;
        var id = people.id(r, d.countyCode, age, sex);
        String surname = parent.relation() == Relation.SPOUSE ? People.surnameOf(d.head()) : People.surnameOf(parent);
        String name = Names.full(r, surname, sex, id.birthDate().getYear());
        int size = r.between(2, 5);
        long income = Math.round(opcFactor * dibaoStandard(d) * size / 100.0) * 100;
        Obligor o = new Obligor(d.householdId, supported == null ? null : supported.idNumber().value(), id.value(), name,
                Relation.CHILD, size, BigDecimal.valueOf(income), courtOrdered == null ? null : BigDecimal.valueOf(courtOrdered));
        d.obligors.add(o);
        return o;
    }

    /** A child whose support, once counted, alone lifts the household to {@code factor} × the standard. */
    Obligor wellOffObligor(Rnd r, Draft d, double factor) {
        long std = dibaoStandard(d);
        int size = r.between(3, 4);
        double support = std * d.members.size() * factor;
        double opc = 2.0 * std + support / (0.2 * size);
        Obligor o = obligor(r, d, null, opc / std, null);
        Obligor fixed = new Obligor(o.householdId(), o.supportedIdNumber(), o.obligorIdNumber(), o.obligorName(),
                o.relation(), size, BigDecimal.valueOf(Math.round(opc * size / 100.0) * 100 + 100), null);
        d.obligors.set(d.obligors.size() - 1, fixed);
        return fixed;
    }

    static List<Member> elderly(People people, Draft d) {
        List<Member> list = new ArrayList<>();
        for (Member m : d.members) {
            if (people.age(m) >= 60) {
                list.add(m);
            }
        }
        return list;
    }
}
