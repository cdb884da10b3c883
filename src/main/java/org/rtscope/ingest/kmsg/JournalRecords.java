package org.rtscope.ingest.kmsg;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rtscope.ingest.oops.ReportRecognizer;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;
import org.rtscope.model.StringPool;

/**
 * Turns journal entries into log records, whatever mode they were read from. Times (CATALOG §6):
 * the boot-clock time is the kernel's own printk time ({@code _SOURCE_MONOTONIC_TIMESTAMP}) for kernel
 * messages, else the reception time {@code __MONOTONIC_TIMESTAMP}; the wall time is
 * {@code _SOURCE_REALTIME_TIMESTAMP} when the client gave one, else {@code __REALTIME_TIMESTAMP} moved
 * back by the reception delay ({@code __MONOTONIC - _SOURCE_MONOTONIC}) for kernel messages. Each
 * {@code _BOOT_ID} gets a boot index in order of first appearance, so several boots stay apart;
 * kernel messages go through the {@link ReportRecognizer}.
 */
final class JournalRecords {
    private final LogStore.Builder logs = new LogStore.Builder();
    private final StringPool strings = logs.strings();
    private final ReportRecognizer reports = new ReportRecognizer(logs);
    private final Map<String, Integer> boots = new HashMap<>();
    private final int kernel = strings.intern("kernel");
    private String lastBootId;
    private int currentBoot;

    /** Adds the entry as one record (multi-line messages stay one record). */
    void add(JournalEntry e) {
        int boot = boot(e.bootId);
        long bootUs = e.kernelTransport && e.sourceMonotonicUs != JournalEntry.NONE ? e.sourceMonotonicUs : e.monotonicUs;
        long wallUs = e.realtimeUs;
        if (e.sourceRealtimeUs != JournalEntry.NONE) {
            wallUs = e.sourceRealtimeUs;
        } else if (e.kernelTransport && wallUs != JournalEntry.NONE && e.monotonicUs != JournalEntry.NONE
                && e.sourceMonotonicUs != JournalEntry.NONE) {
            wallUs -= e.monotonicUs - e.sourceMonotonicUs;
        }
        String name = e.ident != null ? e.ident : e.comm != null ? e.comm : e.kernelTransport ? "kernel" : "";
        int ident = name.equals("kernel") ? kernel : strings.intern(name);
        long bootNs = bootUs == JournalEntry.NONE ? LogStore.NO_TIME : bootUs * 1000;
        int length = Math.max(0, e.messageLength());
        int record = logs.add(bootNs, wallUs == JournalEntry.NONE ? LogStore.NO_TIME : wallUs * 1000, e.priority,
                ident, e.pid, -1, e.line, boot, e.message(), 0, length);
        if (e.kernelTransport) {
            byte[] text = e.message();
            int start = 0;
            for (int i = 0; i <= length; i++) {
                if (i == length || text[i] == '\n') {
                    reports.line(record, e.line, bootNs, ReportRecognizer.NO_CALLER, text, start, i);
                    start = i + 1;
                }
            }
        }
    }

    private int boot(String bootId) {
        if (!Objects.equals(bootId, lastBootId)) {
            reports.newBoot();
            lastBootId = bootId;
        }
        if (bootId != null) {
            currentBoot = boots.computeIfAbsent(bootId, id -> boots.size());
        }
        return currentBoot;
    }

    int size() {
        return logs.size();
    }

    LogStore logs() {
        return logs.build();
    }

    List<StackReport> reports() {
        return reports.finish();
    }
}
