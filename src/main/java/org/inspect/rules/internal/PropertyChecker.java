package org.inspect.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.inspect.model.Asset;
import org.inspect.model.AssetType;
import org.inspect.model.HouseholdFile;
import org.inspect.model.StandardItem;
import org.inspect.model.Standards;
import org.inspect.rules.PropertyCheck;

/**
 * The household's own property against rules.md section 2 (clause 四（三）). A standard is looked up only when
 * an asset needs it, so a county without, say, a non-financial limit is not an error until it matters.
 */
public final class PropertyChecker {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final Standards standards;

    public PropertyChecker(Standards standards) {
        this.standards = standards;
    }

    public PropertyCheck check(HouseholdFile file, Standards.Value dibao) {
        String county = file.household().countyCode();
        BigDecimal members = BigDecimal.valueOf(file.members().size());
        List<PropertyCheck.Defect> defects = new ArrayList<>();
        BigDecimal financial = BigDecimal.ZERO;
        boolean anyFinancial = false;
        for (Asset a : file.assets()) {
            if (isFinancial(a)) {
                financial = financial.add(a.valueYuan());
                anyFinancial = true;
            }
        }
        BigDecimal perCapita = financial.divide(members, 2, RoundingMode.HALF_UP);
        BigDecimal limit = null;
        if (anyFinancial) {
            Standards.Value months = standards.get(county, StandardItem.FINANCIAL_ASSET_MONTHS);
            BigDecimal monthsTimesStandard = months.value().multiply(dibao.value());
            BigDecimal perCapitaLimit = monthsTimesStandard.divide(TWELVE, 2, RoundingMode.HALF_UP);
            limit = perCapitaLimit;
            // financial ÷ members > months × standard ÷ 12, compared without rounding
            if (financial.multiply(TWELVE).compareTo(monthsTimesStandard.multiply(members)) > 0) {
                BigDecimal total = financial;
                defects.add(new PropertyCheck.Defect(null, () -> "存款和有价证券合计 " + Wording.yuan(total) + " 元，人均 "
                        + Wording.yuan(perCapita) + " 元，超过 " + Wording.number(months.value()) + " 个月低保标准（人均 "
                        + Wording.yuan(perCapitaLimit) + " 元，" + Wording.source(months) + "）"));
            }
        }
        for (Asset a : file.assets()) {
            if (isFinancial(a) || a.necessary()) {
                continue;
            }
            if (a.type() == AssetType.HOUSE) {
                defects.add(new PropertyCheck.Defect(a, () -> "有非生产生活必需的房屋" + described(a) + "，价值 "
                        + Wording.yuan(a.valueYuan()) + " 元"));
                continue;
            }
            Standards.Value max = standards.get(county, StandardItem.NON_FINANCIAL_ASSET_LIMIT);
            if (a.valueYuan().compareTo(max.value()) > 0) {
                defects.add(new PropertyCheck.Defect(a, () -> "有非生产生活必需的" + a.type().chinese() + described(a)
                        + "，价值 " + Wording.yuan(a.valueYuan()) + " 元，超过非金融财产限额 " + Wording.yuan(max.value())
                        + " 元（" + Wording.source(max) + "）"));
            }
        }
        return new PropertyCheck(financial, perCapita, limit, List.copyOf(defects));
    }

    private static boolean isFinancial(Asset a) {
        return a.type() == AssetType.DEPOSIT || a.type() == AssetType.SECURITIES;
    }

    private static String described(Asset a) {
        return a.description() == null || a.description().isBlank() ? "" : "（" + a.description() + "）";
    }
}
