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
        String connect = "neo4j://" + (target.auth() ? Graph.USER + "@" : "") + graph.boltUri().substring("bolt://".length());
        Main.log("");
        Main.log("Neo4j is serving " + target.store().toAbsolutePath().normalize());
        Main.log("  Bolt:    " + graph.boltUri());
        if (browser != null) {
            Main.log("  Browser: " + browser + "?dbms=" + URLEncoder.encode(connect, StandardCharsets.UTF_8)
                    + "&db=" + graph.database());
        }
        if (target.auth()) {
            Main.log("  Log in as " + Graph.USER + " with the password in " + Graph.passwordFile(target.store())
                    + " (owner-only file).");
        } else {
            Main.log("  No authentication: choose \"No authentication\" in Browser's connect form.");
        }
        Main.log("  Other eventline commands on this store now connect here. Ctrl-C stops the server.");
        Main.log("  Try in Browser:  MATCH (h:Actor)-[:HOLDS]->(c:Claim)-[r:REPORTED_IN]->(a:Article) RETURN h, c, a LIMIT 50");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
