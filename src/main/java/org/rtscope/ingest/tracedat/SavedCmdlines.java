package org.rtscope.ingest.tracedat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kernel's {@code saved_cmdlines} ({@code pid comm} per line), saved at the end of recording:
 * the comm trace-cmd prints in front of every event of that pid. Sorted arrays, so the per-event
 * lookup allocates nothing.
 */
final class SavedCmdlines {
    static final SavedCmdlines EMPTY = new SavedCmdlines(new int[0], new String[0]);

    private final int[] pids;
    private final String[] comms;

    private SavedCmdlines(int[] pids, String[] comms) {
        this.pids = pids;
        this.comms = comms;
    }

    /** Parses {@code pid comm} lines; the comm is the rest of the line (it may contain spaces). */
    static SavedCmdlines parse(String text) {
        Map<Integer, String> byPid = new TreeMap<>();
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space <= 0 || space == line.length() - 1) {
                continue;
            }
            try {
                byPid.put(Integer.parseInt(line.substring(0, space)), line.substring(space + 1));
            } catch (NumberFormatException e) {
                // not a "pid comm" line
            }
        }
        int[] pids = new int[byPid.size()];
        String[] comms = new String[byPid.size()];
        int i = 0;
        for (Map.Entry<Integer, String> entry : byPid.entrySet()) {
            pids[i] = entry.getKey();
            comms[i] = entry.getValue();
            i++;
        }
        return new SavedCmdlines(pids, comms);
    }

    int size() {
        return pids.length;
    }

    /** Index of {@code pid}, or -1. */
    int indexOf(int pid) {
        int i = Arrays.binarySearch(pids, pid);
        return i < 0 ? -1 : i;
    }

    String commAt(int index) {
        return comms[index];
    }
}
