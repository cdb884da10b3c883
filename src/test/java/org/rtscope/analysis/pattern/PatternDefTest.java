package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.detect.Detectors;

class PatternDefTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String error(String json) {
        return assertThrows(PatternSpecException.class,
                () -> PatternDef.compile(JSON.readValue(json, PatternSpec.class), "t.json", Detectors.byName()))
                .getMessage();
    }

    private static final String HEAD = "{\"id\": \"X\", \"title\": \"t\", \"severity\": \"INFO\", \"explanation\": \"e\", ";

    @Test
    void namesTheFileThePatternAndTheClue() {
        assertEquals("t.json: 'id' must be upper case letters, digits and '_', e.g. RT_THROTTLE (got x)",
                error("{\"id\": \"x\"}"));
        assertEquals("t.json (X): 'clues' is missing or empty", error(HEAD + "\"clues\": []}"));
        assertEquals("t.json (X): no clue is an anchor (\"anchor\": true)",
                error(HEAD + "\"clues\": [{\"id\": \"a\", \"kind\": \"log\", \"regex\": \"x\"}]}"));
        assertEquals("t.json (X): clue 'a': 'kind' must be one of log, stack, event, detector (got trace)",
                error(HEAD + "\"clues\": [{\"id\": \"a\", \"kind\": \"trace\", \"anchor\": true}]}"));
        assertEquals("t.json (X): clue id 'a' is used twice", error(HEAD + "\"clues\": ["
                + "{\"id\": \"a\", \"kind\": \"log\", \"anchor\": true, \"regex\": \"x\"},"
                + "{\"id\": \"a\", \"kind\": \"log\", \"regex\": \"y\"}]}"));
        assertEquals("t.json (X): 'requires' names unknown clue 'b'", error(HEAD + "\"requires\": [\"a|b\"], "
                + "\"clues\": [{\"id\": \"a\", \"kind\": \"log\", \"anchor\": true, \"regex\": \"x\"}]}"));
        assertEquals("t.json (X): clue 'a': 'weight' must be between 0 and 1", error(HEAD
                + "\"clues\": [{\"id\": \"a\", \"kind\": \"log\", \"anchor\": true, \"weight\": 2, \"regex\": \"x\"}]}"));
    }

    @Test
    void detectorParametersAreChecked() {
        assertEquals("t.json (X): clue 'a': detector 'starvedTasks' has no parameter 'minMs' (it accepts comms,"
                + " minBusy, minMillis)", error(HEAD + "\"clues\": [{\"id\": \"a\", \"kind\": \"detector\", \"anchor\": true,"
                + " \"detector\": \"starvedTasks\", \"params\": {\"minMs\": 5}}]}"));
        assertEquals("t.json (X): clue 'a': parameter 'minMillis' must be a number, not five", error(HEAD
                + "\"clues\": [{\"id\": \"a\", \"kind\": \"detector\", \"anchor\": true, \"detector\": \"starvedTasks\","
                + " \"params\": {\"minMillis\": \"five\"}}]}"));
    }

    @Test
    void eventPredicatesAreChecked() {
        assertEquals("t.json (X): clue 'a': field 'sig': 'x' is not a number", error(HEAD + "\"clues\": [{\"id\": \"a\","
                + " \"kind\": \"event\", \"anchor\": true, \"event\": \"signal_generate\", \"where\": {\"sig\": \">=x\"}}]}"));
    }
}
