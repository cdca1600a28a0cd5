package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.graph.GraphTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the embedded store over Bolt and Neo4j Browser until Ctrl-C.",
                "Other eventline commands on the same store connect to it meanwhile."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Option(names = "--bolt-port", paramLabel = "PORT", description = "Bolt port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int boltPort = 7687;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "HTTP port for Neo4j Browser on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int httpPort = 7474;

    @Override
    public Integer call() {
        GraphTarget target = graphOptions.target();
        if (target.external()) {
            throw new UsageException("serve runs the embedded Neo4j on a store; an external server serves itself");
        }
        String other = Graph.servedBy(target.store());
        if (other != null) {
            Main.log("eventline: " + target.store() + " is already served by " + other);
            return Main.DATABASE_UNAVAILABLE;
        }
        Main.log("starting Neo4j on " + target.store().toAbsolutePath().normalize() + " …");
        Graph graph = Graph.open(target.withPorts(boltPort, httpPort));
        Serving.serveUntilInterrupted(graph, target);
        return Main.OK;
    }
}
