/**
 * The eligibility engine and the seven checks of rules.md (sections 1–6): household income with support
 * from obligors and deductions (clause 四（三）), property limits (四（三）), dibao eligibility (二（二）), tekun
 * eligibility per person (二（二）), coverage, and the findings 漏保, 应养未养, 错保 (四（二）), 违规程序纳入 (二（四）),
 * 违规设置排除条件 (四（二）、四（三）、一), 未书面说明 (二（二）) and 建档立卡未纳入未说明 (二（一）、二（二）).
 * Blanket exclusion criteria are found in the county's free-text reasons by a reader of the sentence's structure
 * with the editable words of {@code config/reason-words.txt}. Plain Java: the check job calls
 * {@link org.inspect.rules.EligibilityEngine} once per household.
 */
package org.inspect.rules;
