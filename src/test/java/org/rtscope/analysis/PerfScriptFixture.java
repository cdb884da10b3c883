package org.rtscope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;
import org.rtscope.model.TraceBuilder;

/**
 * The signal events of {@code perf script} text (CATALOG F6: {@code comm tid [cpu] time: signal:event: fields}
 * followed by a callchain) as a {@link Trace}, for tests of the kill detectors before and independently of the
 * perf importer. Only {@code signal_generate} and {@code signal_deliver} are read.
 */
public final class PerfScriptFixture {
    private static final Pattern EVENT = Pattern.compile(
            "^(.+?)\\s+(\\d+) \\[(\\d{3})\\]\\s+(\\d+)\\.(\\d{6}):\\s+signal:(signal_generate|signal_deliver): (.*)$");
    private static final Pattern FRAME = Pattern.compile("^\\s+([0-9a-f]+) (\\S+?)(?:\\+0x[0-9a-f]+)? \\((.*)\\)$");
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");

    private PerfScriptFixture() {
    }

    public static Trace trace(String text) {
        TraceBuilder b = new TraceBuilder();
        int generate = b.eventType("signal_generate");
        int deliver = b.eventType("signal_deliver");
        String[] lines = text.split("\n", -1);
        int event = -1;
        int stackLine = 0;
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            Matcher f = FRAME.matcher(line);
            if (event >= 0 && f.matches()) {
                if (frames.isEmpty()) {
                    stackLine = i + 1;
                }
                frames.add(Frame.of(f.group(2), Long.parseUnsignedLong(f.group(1), 16)));
                continue;
            }
            if (event >= 0 && !frames.isEmpty()) {
                b.attachStack(event, new Backtrace(Backtrace.KERNEL, frames, stackLine));
            }
            frames = new ArrayList<>();
            event = -1;
            Matcher m = EVENT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int tid = Integer.parseInt(m.group(2));
            b.tasks().comm(tid, b.strings().intern(m.group(1).strip()));
            long ts = Long.parseLong(m.group(4)) * 1_000_000_000L + Long.parseLong(m.group(5)) * 1000L;
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            Matcher kv = FIELD.matcher(m.group(7));
            while (kv.find()) {
                fields.put(kv.group(1), kv.group(2));
            }
            int sig = Integer.parseInt(fields.get("sig"));
            int code = Integer.parseInt(fields.get("code"));
            int errno = Integer.parseInt(fields.get("errno"));
            if (m.group(6).equals("signal_generate")) {
                int target = Integer.parseInt(fields.get("pid"));
                b.tasks().comm(target, b.strings().intern(fields.get("comm")));
                int a3 = Integer.parseInt(fields.get("res")) | errno << 8 | Integer.parseInt(fields.get("grp")) << 24;
                event = b.add(ts, Integer.parseInt(m.group(3)), tid, generate, 0, sig, code, target, a3, i + 1);
            } else {
                int handler = b.strings().intern("sa_handler=" + fields.get("sa_handler") + " sa_flags=" + fields.get("sa_flags"));
                event = b.add(ts, Integer.parseInt(m.group(3)), tid, deliver, 0, sig, code, errno, handler, i + 1);
            }
        }
        return b.build();
    }

    public static Case.Source source(String path, String text) {
        SourceReport report = new SourceReport(path, SourceFormat.PERF_SCRIPT);
        Trace trace = trace(text);
        report.lines(text.split("\n", -1).length);
        report.events(trace.size());
        return new Case.Source(report, trace);
    }
}
