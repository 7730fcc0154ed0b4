package org.inspect.bench.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.inspect.check.FindingStore;
import org.inspect.demo.AnswerKey;
import org.inspect.store.Database;
import org.inspect.store.DatabaseSettings;

/** How a check run's findings agree with the demo's answer key: planted keys found, planted, found but not planted. */
public final class KeyCheck {

    private KeyCheck() {
    }

    public static void compare(Path data, DatabaseSettings settings, Path key, long checkRun, Properties out) {
        Set<String> planted = AnswerKey.read(key);
        Set<String> found = new HashSet<>();
        try (Database db = Database.open(data, settings)) {
            new FindingStore(db).forEach(new FindingStore.Query(checkRun, null, null, true),
                    sf -> found.add(AnswerKey.key(sf.finding())));
        }
        long hit = planted.stream().filter(found::contains).count();
        long extra = found.stream().filter(k -> !planted.contains(k)).count();
        out.setProperty("found", Long.toString(hit));
        out.setProperty("planted", Long.toString(planted.size()));
        out.setProperty("extra", Long.toString(extra));
    }
}
