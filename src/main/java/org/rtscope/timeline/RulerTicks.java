package org.rtscope.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ruler ticks for a time scale: the smallest 1-2-5 step (1 ns … 5000 s) whose labels still fit side by
 * side, each tick labelled twice, as absolute seconds on the trace clock ({@code 1244.4266 s}, the
 * number a user can grep for in the text) and relative to the trace start in an adaptive unit
 * ({@code +1.02 s}, {@code +250.0 µs}, {@code +2.0532 s}), which is what a user reasons in when
 * comparing to a period.
 *
 * <p>Ticks sit at round absolute times, so relative labels are rounded to a tenth of the step.
 */
public final class RulerTicks {
    /** One labelled tick: its time, pixel position and both labels. */
    public record Tick(long time, double x, String absolute, String relative) {
    }

    /** Horizontal room a label needs beyond its characters, pixels. */
    private static final double LABEL_PADDING = 18;
    private static final long[] UNITS = {1_000_000_000L, 1_000_000L, 1_000L, 1L};
    private static final String[] UNIT_NAMES = {"s", "ms", "µs", "ns"};

    private final long step;
    private final List<Tick> ticks;

    private RulerTicks(long step, List<Tick> ticks) {
        this.step = step;
        this.ticks = ticks;
    }

    /** Distance between labelled ticks, ns. */
    public long step() {
        return step;
    }

    /** Distance between minor (unlabelled) ticks: a fifth of a 1 or 5 step, a quarter of a 2 step. */
    public long minorStep() {
        long lead = step;
        while (lead >= 10 && lead % 10 == 0) {
            lead /= 10;
        }
        return lead == 2 ? Math.max(1, step / 4) : Math.max(1, step / 5);
    }

    public List<Tick> ticks() {
        return ticks;
    }

    /**
     * Ticks for {@code scale}; {@code origin} is the trace start that relative labels count from and
     * {@code charWidth} the width of one label character in pixels.
     */
    public static RulerTicks compute(TimeScale scale, long origin, double charWidth) {
        long endSeconds = (long) Math.abs(scale.end() / 1e9);
        int wholeDigits = Long.toString(endSeconds).length();
        long step = 0;
        for (long decade = 1; decade <= 1_000_000_000_000L && step == 0; decade *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                long candidate = decade * m;
                int chars = wholeDigits + 1 + absoluteDecimals(candidate) + 2;
                if (candidate / scale.nsPerPixel() >= chars * charWidth + LABEL_PADDING) {
                    step = candidate;
                    break;
                }
            }
        }
        if (step == 0) {
            return new RulerTicks(5_000_000_000_000L, Collections.emptyList());
        }
        int decimals = absoluteDecimals(step);
        int unit = relativeUnit(step);
        int relDecimals = UNITS[unit] == 1 ? 0 : relativeDecimals(step, UNITS[unit]) + 1;
        // far from the start, +2.0532 s reads better than +2053.2 ms: move up a unit, keep the precision
        double farthest = Math.max(Math.abs(scale.start() - origin), Math.abs(scale.end() - origin));
        while (unit > 0 && farthest >= 1000.0 * UNITS[unit]) {
            unit--;
            relDecimals = Math.min(9, relDecimals + 3);
        }
        List<Tick> ticks = new ArrayList<>();
        long first = Math.floorDiv((long) Math.ceil(scale.start()) + step - 1, step) * step;
        for (long t = first; t <= scale.end(); t += step) {
            String absolute = TimeFormat.seconds(t, decimals) + " s";
            String relative = relativeLabel(t - origin, UNITS[unit], relDecimals) + " " + UNIT_NAMES[unit];
            ticks.add(new Tick(t, scale.x(t), absolute, relative));
        }
        return new RulerTicks(step, Collections.unmodifiableList(ticks));
    }

    /** Digits after the point that seconds need to show multiples of {@code step} ns exactly. */
    static int absoluteDecimals(long step) {
        int zeros = 0;
        while (zeros < 9 && step % 10 == 0) {
            step /= 10;
            zeros++;
        }
        return 9 - zeros;
    }

    /** Index into {@link #UNITS}: the unit in which a step reads as at least 0.1. */
    private static int relativeUnit(long step) {
        for (int u = 0; u < UNITS.length; u++) {
            if (step * 10 >= UNITS[u]) {
                return u;
            }
        }
        return UNITS.length - 1;
    }

    private static int relativeDecimals(long step, long unit) {
        int d = 0;
        long scaled = step;
        while (scaled % unit != 0 && d < 9) {
            scaled *= 10;
            d++;
        }
        return d;
    }

    private static String relativeLabel(long ns, long unit, int decimals) {
        long pow = 1;
        for (int i = 0; i < decimals; i++) {
            pow *= 10;
        }
        // round to the shown precision: ns * pow / unit, half away from zero
        long scaled = Math.round((double) ns * pow / unit);
        String sign = scaled < 0 ? "-" : "+";
        scaled = Math.abs(scaled);
        String text = Long.toString(scaled / pow);
        if (decimals > 0) {
            String frac = Long.toString(pow + scaled % pow).substring(1);
            text += "." + frac;
        }
        return sign + text;
    }
}
