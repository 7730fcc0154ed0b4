package org.inspect.rules.internal;

import java.util.Set;

/** One word of a normalised reason, with its kinds (empty for a character the word list does not know). */
record Token(String word, Set<WordKind> kinds, int start, int end) {

    public boolean is(WordKind kind) {
        return kinds.contains(kind);
    }

    public boolean relative() {
        for (WordKind k : kinds) {
            if (k.relative()) {
                return true;
            }
        }
        return false;
    }

    /** The relative kind of the word, or {@code null}. */
    public WordKind relativeKind() {
        return kinds.stream().filter(WordKind::relative).findFirst().orElse(null);
    }
}
