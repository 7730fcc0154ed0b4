package org.inspect.report;

import org.inspect.rectification.Progress;

/**
 * What the progress bulletin (整改进展情况通报) needs: the campaign, the rectification progress on its day and its
 * document number (文号; null: none printed).
 */
public record BulletinInput(Campaign campaign, Progress progress, String number) {

    public BulletinInput(Campaign campaign, Progress progress) {
        this(campaign, progress, null);
    }
}
