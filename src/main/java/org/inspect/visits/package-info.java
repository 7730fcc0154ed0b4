/**
 * Home visits (入户核查) of the households of a household sample (clause 四（二）一 重点排查): records each visit and
 * brings what it confirms into the newest check of all households as a MISSED_DIBAO / MISSED_TEKUN finding with the
 * field verdict CONFIRMED. Sits above check and sampling; the check job reaches it through
 * {@link org.inspect.check.CheckCompletion}.
 */
package org.inspect.visits;
