/**
 * A synthetic Tai'an for demonstrations and tests: writes the interchange files (data-format.md) of a
 * realistic city, household by household, with known anomalies of every rule of rules.md planted at a
 * configurable rate, and an answer key of the findings those anomalies must produce. Month two writes the
 * next monthly snapshot from the same seed (clause 三（二）, monthly comparison). Everything else in a demo
 * city is clean by construction: eligible households covered (应保尽保, 应养尽养, clause 二（二）),
 * refusals lawful and filed, procedures complete (clause 二（四）).
 */
package org.inspect.demo;
