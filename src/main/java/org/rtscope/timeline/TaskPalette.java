package org.rtscope.timeline;

import org.rtscope.model.SchedClass;

/**
 * Slice colours as plain 0xRRGGBB ints, chosen so the question "which RT task hogged this CPU?" is
 * answered by colour alone.
 *
 * <ul>
 *   <li>RT tasks (kernel prio 0–99) are warm: amber for the lowest RT priority through orange to a
 *       deep red for the highest, so a more urgent task is a more saturated, darker red.</li>
 *   <li>Deadline tasks are a dark magenta, apart from both.</li>
 *   <li>Normal tasks are cool and lighter (blues, teals, blue-greens), picked by a hash of the tid
 *       so one task keeps its colour everywhere and neighbours usually differ.</li>
 *   <li>Idle has no colour: the lane background shows through.</li>
 * </ul>
 * Warm against cool is the blue–orange axis that stays distinct for the common red–green colour
 * vision deficiencies; the lightness difference (dark warm, light cool) keeps them apart in greyscale.
 */
public final class TaskPalette {
    /** Returned for idle: nothing is drawn. */
    public static final int NONE = -1;

    /** RT gradient stops from kernel prio 0 (highest) to 99 (lowest). */
    private static final int[] RT_STOPS = {0x8E0013, 0xC81E2A, 0xE8542B, 0xF59A3B, 0xF9C55E};
    private static final int DEADLINE = 0x8B1A6F;
    /** Cool colours for normal tasks; mid-light so they read as background activity next to RT. */
    private static final int[] COOL = {
        0x6BAED6, 0x4A90C2, 0x5FB7B0, 0x3E9AA8, 0x8DA0CB, 0x7FB8DA, 0x5EAE95, 0x9BC3E0, 0x6C8EBF, 0x79C2C9,
    };

    /** The colour of a slice of task {@code tid} running at kernel priority {@code kernelPrio}. */
    public int color(int tid, int kernelPrio) {
        if (tid == 0) {
            return NONE;
        }
        switch (SchedClass.ofKernelPrio(kernelPrio)) {
            case RT:
                return rtColor(kernelPrio);
            case DEADLINE:
                return DEADLINE;
            default:
                return COOL[Math.floorMod(mix(tid), COOL.length)];
        }
    }

    /**
     * Near-black or white, whichever contrasts more with {@code rgb}: the two contrasts are equal at a
     * luminance of about 0.2, so that is the switch point.
     */
    public static int textColor(int rgb) {
        return luminance(rgb) > 0.2 ? 0x1A1A1A : 0xFFFFFF;
    }

    /** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
    public static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int rtColor(int kernelPrio) {
        double pos = Math.max(0, Math.min(99, kernelPrio)) / 99.0 * (RT_STOPS.length - 1);
        int i = Math.min((int) pos, RT_STOPS.length - 2);
        return lerp(RT_STOPS[i], RT_STOPS[i + 1], pos - i);
    }

    private static int lerp(int a, int b, double f) {
        int r = (int) Math.round((a >> 16 & 0xFF) + ((b >> 16 & 0xFF) - (a >> 16 & 0xFF)) * f);
        int g = (int) Math.round((a >> 8 & 0xFF) + ((b >> 8 & 0xFF) - (a >> 8 & 0xFF)) * f);
        int bl = (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
        return r << 16 | g << 8 | bl;
    }

    /** Spreads consecutive tids (threads of one process) over the palette. */
    private static int mix(int tid) {
        int h = tid * 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
