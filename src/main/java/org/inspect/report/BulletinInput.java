package org.inspect.report;

import org.inspect.rectification.Progress;

/** What the progress bulletin (整改进展情况通报) needs: the campaign and the rectification progress on its day. */
public record BulletinInput(Campaign campaign, Progress progress) {
}
