package org.rtscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user or CI job sees it: exit codes, clean stdout, messages on stderr. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void recognisesCommandsAndTopLevelOptionsButNotFiles() {
        assertTrue(Cli.isCommand("analyze"));
        assertTrue(Cli.isCommand("bench"));
        for (String option : new String[] {"-h", "--help", "-V", "--version"}) {
            assertTrue(Cli.isCommand(option), option);
        }
        assertFalse(Cli.isCommand("trace.txt"));
        assertFalse(Cli.isCommand("load"));
        assertFalse(Cli.isCommand("help"));
        assertFalse(Cli.isCommand(null));
    }

    @Test
    void theListedCommandsAndOptionsAreWhatPicocliBuilds() {
        CommandLine all = Cli.commandLine(Cli.COMMANDS);
        assertEquals(Cli.COMMANDS, List.copyOf(all.getSubcommands().keySet()));
        assertEquals(Cli.OPTIONS, all.getCommandSpec().optionsMap().keySet());
        // a run that names its command builds only that one, with the root's settings
        CommandLine one = Cli.commandLine(List.of("analyze"));
        assertEquals(Set.of("analyze"), one.getSubcommands().keySet());
        assertTrue(one.getSubcommands().get("analyze").isCaseInsensitiveEnumValuesAllowed());
    }

    @Test
    void helpListsEveryCommand() {
        CliOutput result = CliOutput.run("--help");
        assertEquals(0, result.exitCode());
        for (String command : Cli.COMMANDS) {
            assertTrue(result.out().contains(command), command + " in " + result.out());
        }
    }

    @Test
    void everyCommandsHelpPrintsCleanly() {
        for (String command : Cli.COMMANDS) {
            CommandLine line = Cli.commandLine(List.of(command)).getSubcommands().get(command);
            for (String sub : line.getSubcommands().keySet()) {
                assertHelpIsClean(command, sub);
            }
            assertHelpIsClean(command);
        }
    }

    /** A description with a bare '%' makes picocli warn on stderr and print the raw format string. */
    private static void assertHelpIsClean(String... command) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 1);
        args[command.length] = "--help";
        CliOutput result = CliOutput.run(args);
        assertEquals(0, result.exitCode(), String.join(" ", args));
        assertEquals("", result.err(), String.join(" ", args));
        assertFalse(result.out().contains("%n"), result.out());
    }

    @Test
    void printsTheVersion() {
        CliOutput result = CliOutput.run("--version");
        assertEquals(0, result.exitCode());
        assertEquals("rtscope dev", result.out().strip());
    }

    @Test
    void withoutACommandPrintsUsageOnStderr() {
        CliOutput result = CliOutput.run();
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("analyze"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void missingFileExitsWithTwoAndNamesIt() throws IOException {
        Path missing = dir.resolve("no-such-trace.txt");
        CliOutput result = CliOutput.run("analyze", "--json", missing.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(missing.toString()), result.err());
        JsonNode source = JSON.readTree(result.out()).get("sources").get(0);
        assertEquals(missing.toString(), source.get("path").asText());
        assertEquals("file not found", source.get("warnings").get(0).get("message").asText());
        assertEquals(0, source.get("warnings").get(0).get("line").asInt());
    }

    @Test
    void emptyFileExitsWithTwo() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliOutput result = CliOutput.run("analyze", empty.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.out().contains("UNREADABLE: file is empty"), result.out());
        assertTrue(result.err().contains(empty + ": file is empty"), result.err());
    }

    @Test
    void unknownFormatExitsWithTwo() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\nthis is not a trace\n");
        CliOutput result = CliOutput.run("analyze", "--json", notes.toString());
        assertEquals(2, result.exitCode());
        assertEquals("unknown", JSON.readTree(result.out()).get("sources").get(0).get("format").asText());
    }

    @Test
    void failOnAcceptsSeveritiesInAnyCase() throws IOException {
        Path missing = dir.resolve("x.txt");
        for (String severity : new String[] {"info", "WARNING", "Error", "critical"}) {
            CliOutput result = CliOutput.run("analyze", "--json", "--fail-on", severity, missing.toString());
            assertEquals(2, result.exitCode(), "unreadable input, not a usage error");
            JSON.readTree(result.out());
        }
    }

    @Test
    void failOnRejectsUnknownSeveritiesAsAUsageError() {
        CliOutput result = CliOutput.run("analyze", "--fail-on", "fatal", "x.txt");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--fail-on"), result.err());
        assertTrue(result.err().contains("CRITICAL"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void analyzeNeedsAFile() {
        CliOutput result = CliOutput.run("analyze");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("FILE"), result.err());
    }

    @Test
    void benchLoadOfAMissingFileExitsWithTwo() {
        CliOutput result = CliOutput.run("bench", "load", "--repeat", "2", dir.resolve("none.txt").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("none.txt"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void benchLoadNeedsAWarmUpAndATimedRun() {
        CliOutput result = CliOutput.run("bench", "load", "--repeat", "1", "x.txt");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--repeat must be at least 2"), result.err());
    }
}
