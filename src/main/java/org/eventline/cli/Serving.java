package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.graph.GraphTarget;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** Keeps an embedded server up for Neo4j Browser until Ctrl-C; shared by serve and demo. */
final class Serving {

    private Serving() {
    }

    static void serveUntilInterrupted(Graph graph, GraphTarget target) {
        graph.announce();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Main.log("stopping Neo4j…");
            graph.withdraw();
            graph.close();
            stopped.countDown();
        }, "eventline-shutdown"));
        String browser = graph.server().browserUrl();
        Main.log("");
        Main.log("Neo4j is serving " + target.store().toAbsolutePath().normalize());
        Main.log("  Bolt:    " + graph.boltUri());
        if (browser != null) {
            Main.log("  Browser: " + browserUrl(browser, graph.boltUri(), graph.database(), target.auth()));
        }
        if (target.auth()) {
            Main.log("  Log in as " + Graph.USER + " with the password in " + Graph.passwordFile(target.store())
                    + " (owner-only file).");
        } else {
            Main.log("  No authentication: press Connect in Browser's form.");
        }
        Main.log("  Other eventline commands on this store now connect here. Ctrl-C stops the server.");
        Main.log("  In Browser, ready-made queries are in cypher/queries/; for the colours, run :style with the");
        Main.log("  contents of cypher/eventline.grass (see README, Neo4j Browser).");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Neo4j Browser's address with the connect form filled in. Browser 5 reads {@code dbms} (the connection
     * URL, user included), {@code db} and {@code preselectAuthMethod} from the address; it never takes a
     * password from it, so with authentication on the user types the password once. The connection is
     * {@code bolt://}: a direct one, which needs no routing table and so no advertised address.
     */
    static String browserUrl(String browser, String boltUri, String database, boolean auth) {
        String connect = "bolt://" + (auth ? Graph.USER + "@" : "") + boltUri.substring(boltUri.indexOf("://") + 3);
        return browser + "?dbms=" + URLEncoder.encode(connect, StandardCharsets.UTF_8)
                + "&db=" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "&preselectAuthMethod=" + (auth ? "NATIVE" : "NO_AUTH");
    }
}
