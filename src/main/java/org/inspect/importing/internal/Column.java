package org.inspect.importing.internal;

/** A column of the interchange format: English name, Chinese name, and whether a header must have it. */
public record Column(String name, String chinese, boolean required) {
}
