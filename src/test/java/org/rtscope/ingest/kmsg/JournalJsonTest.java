package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.LogStore;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;

/** The shapes journalctl gives values in JSON (CATALOG F3): strings, byte arrays, repeated fields, json-seq. */
class JournalJsonTest {

    private static LogStore read(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Case.Source source = new JournalImporter().read(new ByteArrayInputStream(bytes), bytes.length,
                new SourceReport("test", SourceFormat.JOURNAL_JSON), ImportMonitor.NONE);
        assertEquals(0, source.report().skipped(), source.report().warnings().toString());
        return source.logs();
    }

    @Test
    void jsonSeqRecordSeparatorsAreSkipped() throws IOException {
        LogStore logs = read("\u001e{\"MESSAGE\":\"a\",\"__MONOTONIC_TIMESTAMP\":\"5\"}\n\u001e{\"MESSAGE\":\"b\"}\n");
        assertEquals(2, logs.size());
        assertEquals("a", logs.text(0));
        assertEquals(5000, logs.bootNs(0));
    }

    @Test
    void repeatedFieldsTakeTheFirstValueAndBinaryValuesAreBytes() throws IOException {
        LogStore logs = read("{\"MESSAGE\":[\"first\",\"second\"],\"_PID\":[\"12\",\"13\"],\"SYSLOG_IDENTIFIER\":\"x\"}\n"
                + "{\"MESSAGE\":[[104,105],[106]],\"PRIORITY\":\"3\"}\n"
                + "{\"MESSAGE\":[104,10,105],\"_TRANSPORT\":\"kernel\",\"_COMM\":\"ignored\",\"SYSLOG_IDENTIFIER\":\"kernel\"}\n");
        assertEquals("first 12 x", logs.text(0) + " " + logs.pid(0) + " " + logs.ident(0));
        assertEquals("hi 3", logs.text(1) + " " + logs.level(1));
        assertEquals("h\ni kernel", logs.text(2) + " " + logs.ident(2));
    }

    @Test
    void kernelMessagesGetThePrintkTimeAndTheirWallTimeMovedBackByTheReceptionDelay() throws IOException {
        LogStore logs = read("{\"__REALTIME_TIMESTAMP\":\"1599541804928338\",\"__MONOTONIC_TIMESTAMP\":\"108101422325\","
                + "\"_TRANSPORT\":\"kernel\",\"SYSLOG_IDENTIFIER\":\"kernel\",\"_SOURCE_MONOTONIC_TIMESTAMP\":\"108101136410\","
                + "\"PRIORITY\":\"2\",\"MESSAGE\":\"EXT4-fs error (device sdc2)\",\"_BOOT_ID\":\"a\"}\n"
                + "{\"__REALTIME_TIMESTAMP\":\"1599541804928338\",\"__MONOTONIC_TIMESTAMP\":\"7\",\"_BOOT_ID\":\"b\",\"MESSAGE\":\"m\"}\n");
        assertEquals(108_101_136_410_000L, logs.bootNs(0));
        assertEquals((1599541804928338L - (108101422325L - 108101136410L)) * 1000, logs.wallNs(0));
        assertEquals("0 1", logs.boot(0) + " " + logs.boot(1));
    }
}
