package org.inspect.importing.internal;

/**
 * A column of the interchange format: English name, Chinese name, whether a header must have it, and for a text
 * stored as written the most characters it may have (its database column's width; 0 for a value the import parses
 * into a code, a number, a date or an identity number, whose stored form it makes itself).
 */
record Column(String name, String chinese, boolean required, int maxLength) {

    public Column(String name, String chinese, boolean required) {
        this(name, chinese, required, 0);
    }

    /** This column holding text of at most {@code max} characters. */
    Column text(int max) {
        return new Column(name, chinese, required, max);
    }
}
