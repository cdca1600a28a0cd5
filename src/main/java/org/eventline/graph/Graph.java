package org.eventline.graph;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A connection to the graph: the driver, the database name, and the embedded server when this process
 * runs one. Everything reads and writes through the driver with parameters, whatever the server, except
 * the loader's write transactions, which the embedded server of this process takes in process
 * ({@link #writes()}).
 */
public final class Graph implements AutoCloseable {

    public static final String USER = "neo4j";

    private static final Pattern USER_INFO = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]*@");

    /** How long a transaction is retried on transient errors and lost connections. */
    static final int RETRY_SECONDS = 30;

    private final Driver driver;
    private final String database;
    private final EmbeddedServer server;
    private final String boltUri;
    private final Writes writes;

    private Graph(Driver driver, String database, EmbeddedServer server, String boltUri) {
        this.driver = driver;
        this.database = database;
        this.server = server;
        this.boltUri = boltUri;
        this.writes = server != null ? new InProcessWrites(server, this.database) : Writes.overBolt(this);
    }

    /**
     * Opens a target: connects to an external server, or to a {@code serve} already running on the
     * store, or starts the embedded server on it. Applies the schema. Throws
     * {@link GraphUnavailableException} when no database can be reached.
     */
    public static Graph open(GraphTarget target) {
        Graph graph;
        if (target.external()) {
            AuthToken auth = target.user() == null || target.user().isBlank() ? AuthTokens.none()
                    : AuthTokens.basic(target.user(), target.password() == null ? "" : target.password());
            graph = connect(target.uri(), auth, target.database(), null);
        } else {
            graph = openStore(target);
        }
        try {
            Schema.apply(graph);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        return graph;
    }

    private static Graph openStore(GraphTarget target) {
        Path store = target.store().toAbsolutePath().normalize();
        StoreFiles.Serving serving = StoreFiles.liveServing(store);
        String password = target.auth() ? StoreFiles.password(store).getKey() : null;
        if (serving != null) {
            AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(USER, password);
            try {
                return connect(serving.boltUri(), auth, target.database(), null);
            } catch (GraphUnavailableException e) {
                throw new GraphUnavailableException("eventline serve (pid " + serving.pid() + ") holds " + store
                        + " but does not answer at " + serving.boltUri() + ": " + e.getMessage());
            }
        }
        if (StoreFiles.lockedByAnother(store)) {
            throw new GraphUnavailableException(inUse(store));
        }
        EmbeddedServer server;
        try {
            server = EmbeddedServer.start(store, target.boltPort(), target.httpPort(), target.auth(), Map.of());
        } catch (RuntimeException e) {
            throw new GraphUnavailableException(StoreFiles.lockedByAnother(store) ? inUse(store) : startFailure(store, e), e);
        }
        try {
            if (password != null) {
                server.setNeo4jPassword(password);
            }
            AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(USER, password);
            return connect(server.boltUri(), auth, target.database(), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A connection to an embedded server started by the caller, without authentication; closing it stops the server. */
    static Graph onServer(EmbeddedServer server) {
        return connect(server.boltUri(), AuthTokens.none(), GraphTarget.DEFAULT_DATABASE, server);
    }

    private static String inUse(Path store) {
        return "the store " + store + " is in use by another process; run `eventline serve` on it to share it,"
                + " or wait for the other command to finish";
    }

    private static String startFailure(Path store, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("lock") || t.getClass().getSimpleName().contains("Lock")) {
                return inUse(store);
            }
            if (m.contains("Address already in use") || t instanceof java.net.BindException) {
                return "cannot start Neo4j on " + store + ": a port is already in use (" + m + ")";
            }
        }
        return "cannot start the embedded Neo4j on " + store + ": " + e.getMessage();
    }

    private static Graph connect(String uri, AuthToken auth, String database, EmbeddedServer server) {
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(RETRY_SECONDS, TimeUnit.SECONDS)
                .withUserAgent("eventline")
                .build();
        String shown = withoutUserInfo(uri);
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new GraphUnavailableException("bad Neo4j URI " + shown + ": " + withoutUserInfo(e.getMessage()), e);
        }
        try {
            driver.verifyConnectivity();
        } catch (Neo4jException e) {
            driver.close();
            String reason = e instanceof ServiceUnavailableException ? "not reachable"
                    : e instanceof AuthenticationException ? "authentication failed (check the user and password)"
                    : e.getMessage();
            throw new GraphUnavailableException("cannot connect to Neo4j at " + shown + ": " + reason, e);
        }
        return new Graph(driver, database == null ? GraphTarget.DEFAULT_DATABASE : database, server, shown);
    }

    /** A URI as it may be shown: credentials written into it ({@code bolt://user:secret@host}) are left out. */
    static String withoutUserInfo(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("$1");
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    public String boltUri() {
        return boltUri;
    }

    /** The embedded server this process runs, or null when connected to another process. */
    public EmbeddedServer server() {
        return server;
    }

    /**
     * Tells other eventline processes that this process serves the store (they connect over Bolt instead
     * of failing on the store lock), until {@link #withdraw()} or the process ends.
     */
    public void announce() {
        if (server == null) {
            throw new IllegalStateException("only an embedded server can be announced");
        }
        StoreFiles.writeServing(server.store().toAbsolutePath().normalize(),
                new StoreFiles.Serving(ProcessHandle.current().pid(), server.boltUri(), server.browserUrl()));
    }

    public void withdraw() {
        if (server != null) {
            StoreFiles.clearServing(server.store().toAbsolutePath().normalize(), ProcessHandle.current().pid());
        }
    }

    /** A description of the process serving a store ("pid 123 at bolt://…"), or null when none does. */
    public static String servedBy(Path store) {
        StoreFiles.Serving s = StoreFiles.liveServing(store.toAbsolutePath().normalize());
        return s == null ? null : "pid " + s.pid() + " at " + s.boltUri();
    }

    /** The file holding the embedded store's generated password. */
    public static Path passwordFile(Path store) {
        return StoreFiles.passwordFile(store.toAbsolutePath().normalize());
    }

    /**
     * How write transactions of parameterised statements are best run on this graph: in process on the
     * embedded server of this process, over Bolt on any other.
     */
    public Writes writes() {
        return writes;
    }

    public Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    /**
     * One managed write transaction, retried by the driver on transient errors and lost connections (a
     * server restarting, a cluster electing a leader) for up to {@link #RETRY_SECONDS}; after that,
     * {@link GraphUnavailableException}.
     */
    public <T> T write(TransactionCallback<T> work) {
        try (Session s = session()) {
            return s.executeWrite(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw lost(e);
        }
    }

    /** One managed read transaction, retried like {@link #write}. */
    public <T> T read(TransactionCallback<T> work) {
        try (Session s = session()) {
            return s.executeRead(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw lost(e);
        }
    }

    private GraphUnavailableException lost(Neo4jException e) {
        return new GraphUnavailableException("lost the connection to Neo4j at " + boltUri + " (" + e.getMessage()
                + "); what was written before is kept: run the same command again to complete it", e);
    }

    /** Runs a read-only query; rows as ordered maps of column to plain Java value. */
    public List<Map<String, Object>> query(String cypher, Map<String, Object> params) {
        try {
            return read(tx -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Record r : tx.run(cypher, params).list()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String key : r.keys()) {
                        row.put(key, plain(r.get(key)));
                    }
                    rows.add(row);
                }
                return rows;
            });
        } catch (ClientException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A driver value as JSON-friendly Java: nodes and relationships become maps of their properties. */
    static Object plain(Value v) {
        String type = v.type().name();
        // The driver names list types after their elements ("LIST OF ANY?").
        return switch (type.startsWith("LIST") ? "LIST" : type) {
            case "NULL" -> null;
            case "NODE" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("labels", v.asNode().labels());
                v.asNode().asMap(Graph::plain).forEach(m::put);
                yield m;
            }
            case "RELATIONSHIP" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", v.asRelationship().type());
                v.asRelationship().asMap(Graph::plain).forEach(m::put);
                yield m;
            }
            case "PATH" -> {
                List<Object> parts = new ArrayList<>();
                v.asPath().nodes().forEach(n -> parts.add(n.asMap(Graph::plain)));
                yield parts;
            }
            case "LIST" -> v.asList(Graph::plain);
            case "MAP" -> v.asMap(Graph::plain);
            case "DATE", "DATE_TIME", "LOCAL_DATE_TIME", "TIME", "LOCAL_TIME", "DURATION" -> v.asObject().toString();
            default -> v.asObject();
        };
    }

    /** Reads a bundled Cypher file (from cypher/ in the source tree). */
    public static String cypherResource(String name) {
        try (InputStream in = Graph.class.getResourceAsStream("/org/eventline/cypher/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled cypher/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        if (server != null) {
            server.close();
        }
    }
}
