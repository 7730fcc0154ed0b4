package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.testing.ServiceCity;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DocumentService on its own: the disclosure lists of a snapshot; no sample and no notice before any is made. */
class DocumentServiceTest {

    @TempDir
    static Path dir;

    static ServiceCity city;
    static DocumentService documents;

    @BeforeAll
    static void city() {
        city = ServiceCity.open(dir);
        documents = new DocumentService(city.db, TestContexts.at("2019-03-15T01:00:00Z"), org.inspect.testing.TestSettings.PROJECT);
    }

    @AfterAll
    static void close() {
        city.close();
    }

    @Test
    void hasNoSampleOfASnapshotBeforeOneIsDrawn() {
        assertTrue(documents.latestSample(city.checkAll.snapshotId()).isEmpty());
    }

    @Test
    void writesThePublicNoticeListsAsPdfs() {
        DocumentService.Disclosure lists = documents.disclosure(ServiceCity.LABEL, null, dir.resolve("disclosure"),
                Lang.ZH, false);
        assertTrue(!lists.files().isEmpty());
        assertTrue(lists.files().stream().allMatch(Files::isRegularFile));
        assertTrue(lists.files().stream().allMatch(f -> f.getFileName().toString().endsWith(".pdf")), lists.toString());
        assertTrue(lists.unplaced() >= 0);
        assertTrue(documents.register().isEmpty(), "public-notice lists are no notices");
    }
}
