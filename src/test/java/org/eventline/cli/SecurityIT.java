package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.graph.GraphTarget;
import org.eventline.graph.GraphUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code serve} exposes and how credentials travel: Bolt and Browser on 127.0.0.1 only, a generated
 * password kept owner-only in the store and required, and no password in any message, log or trace.
 */
class SecurityIT {

    @TempDir
    static Path store;

    private static ServeChild serve;
    private static String password;

    @BeforeAll
    static void serve() throws Exception {
        serve = ServeChild.start(store, true, 0, 0);
        password = Files.readString(Graph.passwordFile(store)).strip();
    }

    @AfterAll
    static void stop() throws Exception {
        serve.stop();
    }

    @Test
    void boltAndBrowserListenOn127001Only() throws Exception {
        for (int port : new int[] {serve.boltPort(), serve.httpPort()}) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            }
            // Another address of this machine's loopback interface: nothing listens there.
            assertThrows(ConnectException.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.2", port), 5000);
                }
            }, "port " + port + " on 127.0.0.2");
        }
        try (Graph graph = Graph.open(target(password))) {
            Map<String, Object> settings = new java.util.HashMap<>();
            graph.query("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
                    Map.of("names", List.of("server.default_listen_address", "server.bolt.listen_address",
                            "server.http.listen_address", "server.https.enabled")))
                    .forEach(r -> settings.put((String) r.get("name"), r.get("value")));
            assertEquals(Map.of("server.default_listen_address", "127.0.0.1",
                    "server.bolt.listen_address", "127.0.0.1:" + serve.boltPort(),
                    "server.http.listen_address", "127.0.0.1:" + serve.httpPort(),
                    "server.https.enabled", "false"), settings);
        }
    }

    @Test
    void aGeneratedOwnerOnlyPasswordIsRequiredAndServeNamesItsFileNotIt() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Graph.passwordFile(store))));
        assertTrue(password.length() >= 20, "a generated password of 20 characters");
        assertTrue(serve.log().contains("Log in as neo4j with the password in " + Graph.passwordFile(store)
                + " (owner-only file)."), serve.log());
        assertFalse(serve.log().contains(password), "serve shows where the password is, never the password");
        GraphUnavailableException none = assertThrows(GraphUnavailableException.class,
                () -> Graph.open(new GraphTarget(serve.boltUri(), "", null, GraphTarget.DEFAULT_DATABASE, null, false, 0, -1)));
        assertTrue(none.getMessage().startsWith("cannot connect to Neo4j at " + serve.boltUri()), none.getMessage());
        GraphUnavailableException wrong = assertThrows(GraphUnavailableException.class, () -> Graph.open(target("wrong")));
        assertEquals("cannot connect to Neo4j at " + serve.boltUri() + ": authentication failed (check the user and password)",
                wrong.getMessage());
    }

    @Test
    void passwordsAreReadFromAPromptAndNeverShown() throws Exception {
        String typo = "Wr0ng-" + password;
        // The right password first: a login resets Neo4j's count of failed ones, which locks the user after three.
        Cli right = Cli.runWithInput(password + "\n", "query", "--uri", serve.boltUri(), "--password", "--format",
                "csv", "RETURN 1 AS one");
        assertEquals(Main.OK, right.code(), right.err());
        assertEquals("\"one\"\r\n\"1\"\r\n", right.out());
        Cli wrong = Cli.runWithInput(typo + "\n", "query", "--uri", serve.boltUri(), "--password", "RETURN 1 AS one");
        assertEquals(Main.DATABASE_UNAVAILABLE, wrong.code());
        assertEquals("Neo4j password: \neventline: cannot connect to Neo4j at " + serve.boltUri()
                + ": authentication failed (check the user and password)", wrong.err().strip());
        assertEquals("", wrong.out(), "the prompt is not among the data");
        Cli debug = Cli.runWithInput(typo + "\n", "query", "--debug", "--uri", serve.boltUri(), "--password",
                "RETURN 1 AS one");
        assertTrue(debug.err().contains("\tat "), "a stack trace with --debug");
        // Credentials written into the address are left out of what is shown.
        Cli inUri = Cli.run("query", "--uri", "bolt://neo4j:" + typo + "@127.0.0.1:" + serve.boltPort(), "RETURN 1");
        assertEquals(Main.DATABASE_UNAVAILABLE, inUri.code());
        Cli embedded = Cli.run("query", "--store", store.toString(), "--password", "RETURN 1");
        assertEquals(Main.USAGE, embedded.code(), embedded.err());
        for (Cli run : List.of(wrong, debug, right, inUri, embedded)) {
            for (String secret : List.of(password, typo)) {
                assertFalse(run.out().contains(secret) || run.err().contains(secret), "no password in:\n" + run.err());
            }
        }
        try (Stream<Path> logs = Files.walk(store.resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(password) || text.contains(typo), "no password in " + log);
            }
        }
    }

    private static GraphTarget target(String pw) {
        return new GraphTarget(serve.boltUri(), Graph.USER, pw, GraphTarget.DEFAULT_DATABASE, null, true, 0, -1);
    }
}
