/**
 * Assembles the inputs of the campaign's documents from the database (issue 6): the inspection report from a
 * check run, its open findings and optionally a sample run (clause 二（四） random spot checks), the
 * rectification notices with their records (整改通知书, tracked by the rectification work), and the township
 * disclosure lists (公示名单, clause 三（三）) from a snapshot. Campaign name, units, numbers and contacts come
 * from the editable {@code config/campaign.properties}.
 */
package org.inspect.report.data;
