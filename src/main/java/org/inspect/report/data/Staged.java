package org.inspect.report.data;

import java.nio.file.Path;

/** A document written under a staging folder ({@code content}) that becomes {@code target} once it is recorded. */
record Staged(Path target, Path content) {
}
