package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
    @Test
    void longestCertainRun() {
        assertEquals("BUG: soft lockup - CPU#", RequiredLiteral.of(
                "BUG: soft lockup - CPU#(?<cpu>\\d+) stuck for (?<seconds>\\d+)s! \\[(?<comm>.+):(?<pid>\\d+)\\]"));
        assertEquals("sched: RT throttling activated", RequiredLiteral.of("\\bsched: RT throttling activated\\b"));
        assertEquals(" kthread ", RequiredLiteral.of("(?<flavor>rcu_\\w+) kthread (?:starved|timer) for"));
        assertEquals("RT Watchdog Timeout", RequiredLiteral.of("RT Watchdog Timeout(?: \\((?:soft|hard)\\))?: (?<comm>.+)"));
        assertEquals("abc", RequiredLiteral.of("abcd?e*f"), "optional characters end the run without them");
        assertEquals("RIP: 0033:", RequiredLiteral.of("\\bRIP: 0033:"));
    }

    @Test
    void oneLiteralPerAlternative() {
        assertEquals(java.util.List.of(" process ", "oom-kill:constraint=", "invoked oom-killer:"),
                RequiredLiteral.anyOf("(?:Out of memory|Memory cgroup out of memory): Kill(?:ed)? process \\d+"
                        + "|\\boom-kill:constraint=|invoked oom-killer:"));
        assertEquals(java.util.List.of(), RequiredLiteral.anyOf("abc|\\d+"), "an alternative without text");
    }

    @Test
    void nothingIsCertainWithTopLevelAlternationOrFlags() {
        assertEquals("", RequiredLiteral.of("Out of memory|oom-kill:"));
        assertEquals("", RequiredLiteral.of("(?i)bug: soft lockup"));
    }
}
