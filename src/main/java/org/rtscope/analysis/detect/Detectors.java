package org.rtscope.analysis.detect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rtscope.analysis.pattern.Detector;

/**
 * The explicit list of detectors pattern specs can name. Adding a detector means adding it here; there is
 * no classpath scanning, so what runs is what this list says.
 */
public final class Detectors {
    /** Every detector, in no particular order. */
    public static final List<Detector> ALL = List.of(
            new ThrottleGapsDetector(),
            new RtHogDetector(),
            new RtRunWithoutBlockDetector(),
            new SignalFromTimerDetector(),
            new StarvedTasksDetector(),
            new LongIrqDetector(),
            new NoRescheduleDetector(),
            new TickSilenceDetector(),
            new LongUninterruptibleDetector(),
            new SilentAfterSignalDetector(),
            new LockWaitUnderSignalFrameDetector(),
            new CrossCallWaitsDetector(),
            new PiBoostDetector());

    private Detectors() {
    }

    /** The detectors by {@link Detector#name()}. */
    public static Map<String, Detector> byName() {
        Map<String, Detector> map = new LinkedHashMap<>();
        for (Detector d : ALL) {
            map.put(d.name(), d);
        }
        return map;
    }
}
