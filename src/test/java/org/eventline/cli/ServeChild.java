package org.eventline.cli;

import org.eventline.graph.EmbeddedServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code eventline serve} on a store in a JVM of its own, as another process that holds the store. */
final class ServeChild implements AutoCloseable {

    private final Process process;
    private final int boltPort;
    private final int httpPort;
    private final StringBuilder log = new StringBuilder();

    private ServeChild(Process process, int boltPort, int httpPort) {
        this.process = process;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    /** Starts serving Bolt only and waits until it answers; {@code boltPort} 0 picks a free one. */
    static ServeChild start(Path store, boolean auth, int boltPort) throws IOException {
        return start(store, auth, boltPort, -1);
    }

    /** As {@link #start(Path, boolean, int)}, with Neo4j Browser on {@code httpPort} (0: a free one; -1: none). */
    static ServeChild start(Path store, boolean auth, int boltPort, int httpPort) throws IOException {
        int port = boltPort == 0 ? EmbeddedServer.freePortForTests() : boltPort;
        int http = httpPort == 0 ? EmbeddedServer.freePortForTests() : httpPort;
        List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--bolt-port",
                String.valueOf(port), "--http-port=" + http));
        if (!auth) {
            args.add("--no-auth");
        }
        Process p = ChildJvm.start(args, Files.createTempFile("eventline-serve-", ".out"));
        ServeChild serve = new ServeChild(p, port, http);
        BufferedReader err = ChildJvm.err(p);
        if (ChildJvm.awaitLine(err, l -> l.startsWith("  Other eventline commands"), serve.log) == null) {
            throw new IllegalStateException("serve did not start:\n" + serve.log);
        }
        Thread drain = new Thread(() -> {
            try {
                ChildJvm.awaitLine(err, l -> false, serve.log);
            } catch (IOException e) {
                // the process ended
            }
        }, "serve-log");
        drain.setDaemon(true);
        drain.start();
        return serve;
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    int boltPort() {
        return boltPort;
    }

    int httpPort() {
        return httpPort;
    }

    /** What serve printed (on stderr) so far. */
    String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /** Stops it as Ctrl-C does, and waits until it is gone. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
