/**
 * Focus groups for field checks (重点排查对象, clause 四（二）一): households not covered by dibao or tekun that the
 * policy names for priority home visits — uncovered registered poor households, 低保边缘家庭 and 重病重残户 — derived
 * from the rolls household by household (the home visits of a household sample are {@code org.inspect.visits}).
 */
package org.inspect.focus;
