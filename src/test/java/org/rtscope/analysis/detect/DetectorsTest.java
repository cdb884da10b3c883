package org.rtscope.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.pattern.PatternDef;
import org.rtscope.analysis.pattern.PatternLibrary;
import org.rtscope.analysis.pattern.PatternSpec;

class DetectorsTest {
    @Test
    void namesAreUniqueDescribedAndEachIsUsedByABuiltInPattern() {
        assertEquals(Detectors.ALL.size(), Detectors.byName().size(), "unique names");
        Detectors.ALL.forEach(d -> assertFalse(d.description().isBlank(), d.name()));
        Set<String> used = new TreeSet<>();
        for (PatternDef def : PatternLibrary.builtIn(Detectors.byName())) {
            for (PatternSpec.ClueSpec clue : def.spec().clues()) {
                if (clue.detector() != null) {
                    used.add(clue.detector());
                }
            }
        }
        assertEquals(new TreeSet<>(Detectors.byName().keySet()), used);
    }
}
