package org.inspect.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.inspect.model.Deduction;
import org.inspect.model.HouseholdFile;
import org.inspect.model.Income;
import org.inspect.model.IncomeType;
import org.inspect.model.Obligor;
import org.inspect.model.StandardItem;
import org.inspect.model.Standards;
import org.inspect.rules.HouseholdIncome;

/** Household income by rules.md section 1 (clause 四（三）): income rows, support from obligors, deductions. */
public final class IncomeCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Standards standards;

    public IncomeCalculator(Standards standards) {
        this.standards = standards;
    }

    public HouseholdIncome compute(HouseholdFile file) {
        String county = file.household().countyCode();
        int members = file.members().size();
        if (members == 0) {
            throw new IllegalArgumentException("household " + file.household().householdId() + " has no members");
        }
        Standards.Value dibao = standards.get(county, StandardItem.DIBAO_STANDARD);
        List<HouseholdIncome.Item> items = new ArrayList<>();
        for (Income in : file.incomes()) {
            items.add(item(county, in));
        }
        List<HouseholdIncome.Support> supports = new ArrayList<>();
        for (Obligor o : file.obligors()) {
            supports.add(support(county, dibao, o));
        }
        BigDecimal itemTotal = items.stream().map(HouseholdIncome.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal supportTotal = supports.stream().map(HouseholdIncome.Support::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal deductionTotal = file.deductions().stream().map(Deduction::amountYuan)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = itemTotal.add(supportTotal).subtract(deductionTotal).max(BigDecimal.ZERO);
        BigDecimal perCapita = net.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
        return new HouseholdIncome(List.copyOf(items), itemTotal, List.copyOf(supports), supportTotal,
                List.copyOf(file.deductions()), deductionTotal, net, members, perCapita, dibao);
    }

    private HouseholdIncome.Item item(String county, Income in) {
        String kind = in.type().chinese();
        if (in.type() == IncomeType.EXEMPT) {
            return new HouseholdIncome.Item(in, BigDecimal.ZERO, () -> kind + "，不计入家庭收入");
        }
        if (in.amountYuan() != null) {
            return new HouseholdIncome.Item(in, in.amountYuan(),
                    () -> kind + " " + Wording.yuan(in.amountYuan()) + " 元");
        }
        if (in.quantity() == null) {
            throw new IllegalArgumentException("income row of household " + in.householdId()
                    + " has neither amount_yuan nor quantity");
        }
        return switch (in.type()) {
            case CROP -> perUnit(in, kind + " " + in.item(), StandardItem.crop(requireItem(in)), county, "亩", "元/亩");
            case CASH_CROP -> perUnit(in, kind + " " + in.item(), StandardItem.cashCrop(requireItem(in)), county,
                    "亩", "元/亩");
            case MIGRANT_WORK -> perUnit(in, kind, StandardItem.MIGRANT_WORK_MONTH, county, "个月", "元/月");
            default -> throw new IllegalArgumentException("income row of household " + in.householdId() + " of type "
                    + in.type().code() + " gives a quantity but no amount_yuan; only CROP, CASH_CROP and MIGRANT_WORK"
                    + " are computed from a standard");
        };
    }

    private static String requireItem(Income in) {
        if (in.item() == null || in.item().isBlank()) {
            throw new IllegalArgumentException("income row of household " + in.householdId() + " of type "
                    + in.type().code() + " gives a quantity but no crop item");
        }
        return in.item();
    }

    private HouseholdIncome.Item perUnit(Income in, String label, String item, String county, String unit,
            String rateUnit) {
        Standards.Value rate = standards.get(county, item);
        BigDecimal amount = in.quantity().multiply(rate.value());
        return new HouseholdIncome.Item(in, amount, () -> label + " " + Wording.number(in.quantity()) + " " + unit
                + " × " + Wording.yuan(rate.value()) + " " + rateUnit + "（" + Wording.source(rate) + "）= "
                + Wording.yuan(amount) + " 元");
    }

    private HouseholdIncome.Support support(String county, Standards.Value dibao, Obligor o) {
        BigDecimal twice = dibao.value().multiply(TWO);
        if (o.courtOrderedYuan() != null) {
            return new HouseholdIncome.Support(o, null, twice, o.courtOrderedYuan().signum() > 0, o.courtOrderedYuan(),
                    () -> who(o) + "经法律文书确定" + Wording.supportWord(o.relation()) + " "
                            + Wording.yuan(o.courtOrderedYuan()) + " 元，按文书计入");
        }
        BigDecimal size = BigDecimal.valueOf(o.obligorHouseholdSize());
        BigDecimal opc = o.obligorHouseholdIncomeYuan().divide(size, 2, RoundingMode.HALF_UP);
        // compare income with 2 × standard × size rather than the rounded per-capita figure
        BigDecimal floor = twice.multiply(size);
        if (o.obligorHouseholdIncomeYuan().compareTo(floor) < 0) {
            return new HouseholdIncome.Support(o, opc, twice, false, BigDecimal.ZERO,
                    () -> perCapita(o, opc) + "，低于低保标准 2 倍（" + Wording.yuan(twice) + " 元），视为无履行义务能力，不计"
                            + Wording.supportWord(o.relation()));
        }
        Standards.Value rate = standards.get(county, StandardItem.SUPPORT_RATE);
        BigDecimal amount = rate.value().multiply(o.obligorHouseholdIncomeYuan().subtract(floor))
                .setScale(2, RoundingMode.HALF_UP);
        return new HouseholdIncome.Support(o, opc, twice, true, amount,
                () -> perCapita(o, opc) + "，不低于低保标准 2 倍（" + Wording.yuan(twice) + " 元），按 "
                        + Wording.number(rate.value()) + " ×（" + Wording.yuan(opc) + " − " + Wording.yuan(twice) + "）× "
                        + o.obligorHouseholdSize() + " 人（" + Wording.source(rate) + "）计"
                        + Wording.supportWord(o.relation()) + " " + Wording.yuan(amount) + " 元");
    }

    /** "其儿子王强": the obligor as the household's relative. */
    private static String who(Obligor o) {
        return "其" + Wording.relative(o.relation(), o.obligorIdNumber()) + o.obligorName();
    }

    /** The obligor's household's per-capita income and how it was reached. */
    private static String perCapita(Obligor o, BigDecimal opc) {
        return who(o) + "家庭人均收入 " + Wording.yuan(opc) + " 元（" + Wording.yuan(o.obligorHouseholdIncomeYuan())
                + " 元 ÷ " + o.obligorHouseholdSize() + " 人）";
    }
}
