package org.inspect.report;

import org.inspect.rectification.Anchor;
import org.inspect.rectification.Progress;

/**
 * What the progress bulletin (整改进展情况通报) needs: the campaign, the rectification progress on its day, its
 * document number (文号; null: none printed), and the signed checkpoint of the history it printed (null: none, e.g.
 * the audit did not pass), so that a later rewrite of the history is caught against any printed bulletin.
 */
public record BulletinInput(Campaign campaign, Progress progress, String number, Anchor.Checkpoint checkpoint) {

    public BulletinInput(Campaign campaign, Progress progress) {
        this(campaign, progress, null, null);
    }
}
