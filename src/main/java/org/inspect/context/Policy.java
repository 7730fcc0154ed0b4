package org.inspect.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.inspect.config.Settings;
import org.inspect.error.BadInputException;

/**
 * The city's access settings ({@code config/access.properties}): four eyes on or off, how many wrong passwords
 * lock an account and for how long, how long a web session lasts, the largest upload.
 */
public record Policy(boolean fourEyes, int lockAttempts, Duration lockFor, Duration sessionFor, long uploadLimit) {

    /** The file's name under config/. */
    public static final String FILE = "access.properties";

    /** The shipped defaults: four eyes on, five attempts lock for 15 minutes, 30-minute sessions, 20 MB uploads. */
    public static final Policy DEFAULT = new Policy(true, 5, Duration.ofMinutes(15), Duration.ofMinutes(30),
            20L * 1024 * 1024);

    /** The city's settings (its copy of the file, else the shipped one); a key left out keeps its default. */
    public static Policy load(Settings settings) {
        Properties p = new Properties();
        try (InputStream in = settings.open(FILE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Policy(
                    Boolean.parseBoolean(p.getProperty("four.eyes", "true").strip()),
                    Integer.parseInt(p.getProperty("lock.attempts", "5").strip()),
                    Duration.ofMinutes(Long.parseLong(p.getProperty("lock.minutes", "15").strip())),
                    Duration.ofMinutes(Long.parseLong(p.getProperty("session.minutes", "30").strip())),
                    Long.parseLong(p.getProperty("upload.max.mb", "20").strip()) * 1024 * 1024);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(settings.describe(FILE) + ": " + e.getMessage())
                    .localized("access.policy", settings.describe(FILE), String.valueOf(e.getMessage()));
        }
    }

    /** The same settings with four eyes {@code on}. */
    public Policy withFourEyes(boolean on) {
        return new Policy(on, lockAttempts, lockFor, sessionFor, uploadLimit);
    }
}
