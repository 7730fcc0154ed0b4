package org.inspect.focus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.inspect.check.CampaignPeriod;
import org.inspect.config.Settings;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;

/** The focus groups for field checks (重点排查对象) of a snapshot, (the home visits are org.inspect.visits). */
public final class FocusService {

    private final Database database;
    private final Settings settings;

    /** The focus groups of {@code database}; a selection without a date is as of {@code settings}' campaign start. */
    public FocusService(Database database, Settings settings) {
        this.database = database;
        this.settings = settings;
    }

    /**
     * The households in a focus group of the active snapshot {@code label} (null: the newest), of one county or all
     * ({@code county} null), as of {@code asOf} (null: the campaign's start). The snapshot is found at once (an
     * unknown label fails here, before anything is printed or written).
     */
    public Selection select(String label, String county, LocalDate asOf) {
        long snapshotId = new Snapshots(database).activeId(label);
        return new Selection(snapshotId, county, asOf == null ? CampaignPeriod.load(settings).start() : asOf);
    }

    /** The focus households of one snapshot, county and reference date. */
    public final class Selection {
        private final long snapshotId;
        private final String county;
        private final LocalDate asOf;

        private Selection(long snapshotId, String county, LocalDate asOf) {
            this.snapshotId = snapshotId;
            this.county = county;
            this.asOf = asOf;
        }

        /** Each household, county by county. */
        public void forEach(Consumer<FocusHousehold> sink) {
            new FocusGroups(database).forEach(snapshotId, county, asOf, sink);
        }

        /** Writes the complete list into {@code file} (masked unless {@code fullData}); returns the households. */
        public int export(Path file, org.inspect.export.SheetFormat format, org.inspect.export.HeaderLanguage headers,
                boolean fullData) {
            try (FocusExport export = new FocusExport(file, format, headers, fullData)) {
                forEach(export::write);
                return export.households();
            }
        }
    }
}
