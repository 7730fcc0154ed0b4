/**
 * Rectification to closure (整改销号, issue 11): every problem named in an issued notice is an item that the county
 * answers (respond, contest), the city reviews (accept, return) and re-inspects (confirm, reopen), with an
 * append-only, hash-chained history that {@code inspect rectify audit} proves, the counties' Excel ledgers
 * (整改台账), and a check of each fix against the next month's rolls. Serves the notices' own terms: "附逐条整改台账及佐证材料"
 * and "市里将对整改情况进行复核，复核合格后予以销号".
 */
package org.inspect.rectification;
