package org.eventline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code eventline ARGS} in a JVM of its own, on the tests' class path, as the launcher runs it: what a
 * test needs to kill, lock a store from another process, or run two commands at once.
 */
final class ChildJvm {

    /** A finished child: its exit code and what it printed. */
    record Result(int code, String out, String err) {
    }

    private ChildJvm() {
    }

    static ProcessBuilder builder(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-XX:+UseParallelGC", "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /** Starts a child with stdout to a file (stderr stays readable from the process). */
    static Process start(List<String> args, Path stdout) throws IOException {
        return builder(args).redirectOutput(stdout.toFile()).start();
    }

    /** Runs a child to its end; stdin is closed at once. */
    static Result run(List<String> args, Map<String, String> env, long timeoutSeconds) throws Exception {
        Path out = Files.createTempFile("eventline-child-", ".out");
        Path err = Files.createTempFile("eventline-child-", ".err");
        try {
            ProcessBuilder b = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
            b.environment().putAll(env);
            Process p = b.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("eventline " + args + " did not end in " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result run(List<String> args, long timeoutSeconds) throws Exception {
        return run(args, Map.of(), timeoutSeconds);
    }

    /**
     * Reads a child's stderr until a line matches (returned), collecting what it read; null when the
     * stream ends first.
     */
    static String awaitLine(BufferedReader err, Predicate<String> wanted, StringBuilder seen) throws IOException {
        String line;
        while ((line = err.readLine()) != null) {
            seen.append(line).append('\n');
            if (wanted.test(line)) {
                return line;
            }
        }
        return null;
    }

    /** A reader of a process's stderr. */
    static BufferedReader err(Process p) {
        return p.errorReader(StandardCharsets.UTF_8);
    }
}
