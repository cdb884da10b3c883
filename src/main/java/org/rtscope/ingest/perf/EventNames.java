package org.rtscope.ingest.perf;

/**
 * Tells tracepoints from sampled events in the event column of {@code perf script}. perf prints a
 * tracepoint as {@code subsystem:name} ({@code sched:sched_switch}) and a sampled event with its
 * modifiers ({@code cycles:ppp}, {@code cpu-clock:uhH}) or PMU terms
 * ({@code MEM_TRANS_RETIRED.LOAD_LATENCY:ldlat=64:...}). The model keeps a tracepoint under its bare
 * name so that counts and lanes match the ftrace twin of the same recording; sampled events keep
 * their full name, since {@code cycles:u} and {@code cycles} count different things.
 */
final class EventNames {
    /** perf's event modifier letters (tools/perf/util/parse-events.l). */
    private static final String MODIFIERS = "ukhIGHpPSDWebRx";

    private EventNames() {
    }

    /**
     * Start of the name the model keeps for the event name in [from, end): after the colon for a
     * tracepoint, {@code from} otherwise.
     */
    static int modelNameStart(byte[] buf, int from, int end) {
        int colon = -1;
        for (int i = from; i < end; i++) {
            byte b = buf[i];
            if (b == ':') {
                if (colon >= 0) {
                    return from;
                }
                colon = i;
            } else if (!isNameByte(b)) {
                return from;
            }
        }
        if (colon <= from || colon + 1 >= end || onlyModifiers(buf, colon + 1, end)) {
            return from;
        }
        return colon + 1;
    }

    private static boolean isNameByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
    }

    private static boolean onlyModifiers(byte[] buf, int from, int end) {
        for (int i = from; i < end; i++) {
            if (MODIFIERS.indexOf(buf[i]) < 0) {
                return false;
            }
        }
        return true;
    }
}
