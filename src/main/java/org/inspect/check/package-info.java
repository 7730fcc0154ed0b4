/**
 * Check runs and their findings (rules.md section 6): storage, idempotent replacement per household, the
 * findings export, and the field team's verdicts (clause 二（四） spot checks; rules.md section 7).
 */
package org.inspect.check;
