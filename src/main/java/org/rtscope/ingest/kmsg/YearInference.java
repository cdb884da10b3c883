package org.rtscope.ingest.kmsg;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import org.rtscope.model.LogStore;

/**
 * Gives RFC 3164 stamps ({@code Oct 24 22:43:47}, no year) their year. The file is read forward
 * starting in the year of a reference time (the file's modification time, or now); a month more than
 * half a year before the previous one means the log crossed New Year (Dec → Jan), so the year goes up.
 * At the end the newest stamp must not lie after the reference: if it does (a log from December read
 * in January), every year-less stamp moves back by as many years as needed.
 *
 * <p>A jump back of a few months is not a rollover but a clock set back (a board without RTC booting
 * at a default date, as in the kjournald sample: Feb 07 before Mar 13).
 */
final class YearInference {
    /** How far the newest stamp may lie after the reference (zone unknown, clocks skewed). */
    static final long TOLERANCE_NS = 86_400L * Civil.NANOS_PER_SECOND;
    private static final int ROLLOVER_MONTHS = 6;

    private final long referenceNs;
    private final int referenceYear;
    private final BitSet inferred = new BitSet();
    private int yearOffset;
    private int lastMonth;
    private long newestNs = Long.MIN_VALUE;

    YearInference(long referenceEpochNs) {
        this.referenceNs = referenceEpochNs;
        this.referenceYear = LocalDateTime.ofEpochSecond(Math.floorDiv(referenceEpochNs, Civil.NANOS_PER_SECOND), 0,
                ZoneOffset.UTC).getYear();
    }

    /** The year to read the next stamp in, given its month (1–12). */
    int yearFor(int month) {
        if (lastMonth > 0 && month < lastMonth - ROLLOVER_MONTHS) {
            yearOffset++;
        }
        lastMonth = month;
        return referenceYear + yearOffset;
    }

    /** Record {@code index} got its wall time {@code wallNs} from a year-less stamp. */
    void inferred(int index, long wallNs) {
        inferred.set(index);
        newestNs = Math.max(newestNs, wallNs);
    }

    /**
     * Moves the year-less stamps back when the newest lies after the reference; returns the number of
     * years moved (0 when none).
     */
    int correct(LogStore.Builder logs) {
        int years = 0;
        while (newestNs != Long.MIN_VALUE && minusYears(newestNs, years) > referenceNs + TOLERANCE_NS) {
            years++;
        }
        if (years > 0) {
            for (int i = inferred.nextSetBit(0); i >= 0; i = inferred.nextSetBit(i + 1)) {
                logs.setWallNs(i, minusYears(logs.wallNs(i), years));
            }
        }
        return years;
    }

    private static long minusYears(long epochNs, int years) {
        if (years == 0) {
            return epochNs;
        }
        long seconds = Math.floorDiv(epochNs, Civil.NANOS_PER_SECOND);
        long nanos = Math.floorMod(epochNs, Civil.NANOS_PER_SECOND);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).minusYears(years);
        return t.toEpochSecond(ZoneOffset.UTC) * Civil.NANOS_PER_SECOND + nanos;
    }
}
