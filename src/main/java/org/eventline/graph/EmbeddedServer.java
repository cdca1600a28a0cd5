package org.eventline.graph;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A Neo4j server inside this JVM, persistent in a store folder, with Bolt and Neo4j Browser on
 * 127.0.0.1 only. Other processes, reads and the schema talk to it over Bolt with the driver, like to any
 * other server; the loader's write transactions run in process ({@link InProcessWrites}).
 */
public final class EmbeddedServer implements AutoCloseable {

    private final CommunityBootstrapper bootstrapper;
    private final Path store;
    private final int boltPort;
    private final int httpPort;

    private EmbeddedServer(CommunityBootstrapper bootstrapper, Path store, int boltPort, int httpPort) {
        this.bootstrapper = bootstrapper;
        this.store = store;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    /**
     * Starts a server on a store folder. A port of 0 picks a free one (tests); {@code httpPort < 0}
     * leaves the HTTP server and Browser off.
     */
    public static EmbeddedServer start(Path store, int boltPort, int httpPort, boolean auth,
                                       Map<String, String> extraSettings) {
        try {
            Files.createDirectories(store);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store folder " + store, e);
        }
        int bolt = boltPort == 0 ? freePort() : boltPort;
        int http = httpPort == 0 ? freePort() : httpPort;
        Map<String, String> settings = new HashMap<>();
        settings.put("server.default_listen_address", "127.0.0.1");
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", "127.0.0.1:" + bolt);
        settings.put("server.http.enabled", Boolean.toString(http > 0));
        if (http > 0) {
            settings.put("server.http.listen_address", "127.0.0.1:" + http);
        }
        settings.put("server.https.enabled", "false");
        settings.put("dbms.security.auth_enabled", Boolean.toString(auth));
        settings.put("dbms.usage_report.enabled", "false");
        settings.put("server.memory.pagecache.size", "256m");
        settings.put("db.tx_log.rotation.retention_policy", "2 files");
        settings.put("server.logs.user.config", userLogConfig(store).toString());
        // Bolt's graceful shutdown waits ~10 s by default for clients long gone: one second is plenty.
        settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        settings.put("internal.dbms.bolt.netty_server_shutdown_timeout", "1s");
        settings.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
        settings.putAll(extraSettings);

        CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
        int status = bootstrapper.start(store.toAbsolutePath(), settings);
        if (status != 0) {
            throw new GraphUnavailableException("the embedded Neo4j server did not start on " + store
                    + " (status " + status + "; see " + store.resolve("logs") + ")");
        }
        return new EmbeddedServer(bootstrapper, store, bolt, http);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** Neo4j Browser's address, or null when HTTP is off. */
    public String browserUrl() {
        return httpPort > 0 ? "http://127.0.0.1:" + httpPort + "/browser/" : null;
    }

    public Path store() {
        return store;
    }

    /** One of the server's databases, for transactions run in this process. */
    GraphDatabaseService database(String name) {
        return bootstrapper.getDatabaseManagementService().database(name);
    }

    /**
     * Sets the neo4j user's password in-process on the system database, so the first Bolt login already uses it
     * (no "change the default password" step).
     */
    void setNeo4jPassword(String password) {
        try {
            bootstrapper.getDatabaseManagementService().database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Setting the password it already has is refused; anything else is a real failure.
            if (!String.valueOf(e.getMessage()).contains("same")) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        if (bootstrapper.isRunning()) {
            bootstrapper.stop();
        }
    }

    /** The log configuration written into the store, so the server logs to files and never to stdout. */
    private static Path userLogConfig(Path store) {
        Path conf = store.resolve("conf").resolve("user-logs.xml");
        try (var in = EmbeddedServer.class.getResourceAsStream("user-logs.xml")) {
            byte[] wanted = in.readAllBytes();
            if (!Files.exists(conf) || !java.util.Arrays.equals(Files.readAllBytes(conf), wanted)) {
                Files.createDirectories(conf.getParent());
                Files.write(conf, wanted);
            }
            return conf.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + conf, e);
        }
    }

    /** A port nobody listens on right now. */
    public static int freePortForTests() {
        return freePort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
