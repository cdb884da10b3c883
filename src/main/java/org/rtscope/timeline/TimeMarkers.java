package org.rtscope.timeline;

/**
 * The two measuring markers A and B, as in KernelShark: each a time or unset (NaN), and the delta
 * between them that the ruler and the status bar show.
 *
 * @param a time of marker A, ns, or NaN
 * @param b time of marker B, ns, or NaN
 */
public record TimeMarkers(double a, double b) {
    public static final TimeMarkers NONE = new TimeMarkers(Double.NaN, Double.NaN);

    public TimeMarkers withA(double t) {
        return new TimeMarkers(t, b);
    }

    public TimeMarkers withB(double t) {
        return new TimeMarkers(a, t);
    }

    public boolean hasA() {
        return !Double.isNaN(a);
    }

    public boolean hasB() {
        return !Double.isNaN(b);
    }

    /** B − A, ns (NaN unless both are set). */
    public double delta() {
        return b - a;
    }

    /** "A 1244.426573 s", "Δ B−A 47.22 ms"-style text for the status bar. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (hasA()) {
            sb.append("A ").append(TimeFormat.seconds(Math.round(a), 6)).append(" s");
        }
        if (hasB()) {
            sb.append(sb.length() > 0 ? "   " : "").append("B ").append(TimeFormat.seconds(Math.round(b), 6)).append(" s");
        }
        if (hasA() && hasB()) {
            sb.append("   Δ ").append(TimeFormat.duration(delta()));
        }
        return sb.toString();
    }
}
