package org.eventline.cli;

import org.eventline.graph.GraphTarget;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/** Where the graph is: the embedded store (default) or an external Neo4j. Shared by graph commands. */
final class GraphOptions {

    static final String DEFAULT_STORE = "eventline-data";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder of the embedded Neo4j (default: $EVENTLINE_STORE or ./" + DEFAULT_STORE + ").")
    Path store;

    @Option(names = "--uri", paramLabel = "URI",
            description = "An external Neo4j instead of the embedded one: bolt://, neo4j:// (clusters, Aura), "
                    + "+s variants (default: $NEO4J_URI). Credentials from $NEO4J_USERNAME and $NEO4J_PASSWORD.")
    String uri;

    // Not picocli's interactive option: without a terminal it prints its prompt on stdout, among the data.
    @Option(names = "--password", description = "With --uri: ask for the password (not echoed; one line of standard "
            + "input without a terminal) instead of reading $NEO4J_PASSWORD.")
    boolean askPassword;

    @Option(names = "--database", paramLabel = "NAME", description = "Database name (default: $NEO4J_DATABASE or neo4j).")
    String database;

    @Option(names = "--no-auth", description = "Embedded store only: no password (default: a generated password kept "
            + "in the store folder).")
    boolean noAuth;

    GraphTarget target() {
        String u = uri != null ? uri : System.getenv("NEO4J_URI");
        if (uri != null && store != null) {
            throw new ParameterException(spec.commandLine(), "give either --store or --uri, not both");
        }
        if (store != null) {
            u = null;
        }
        String db = database != null ? database : env("NEO4J_DATABASE", GraphTarget.DEFAULT_DATABASE);
        Path s = store != null ? store : Path.of(env("EVENTLINE_STORE", DEFAULT_STORE));
        if (askPassword && (u == null || u.isBlank())) {
            throw new UsageException("--password is for a server given with --uri; an embedded store keeps its own "
                    + "password in the store folder");
        }
        String pw = askPassword ? Prompt.password("Neo4j password: ") : System.getenv("NEO4J_PASSWORD");
        return new GraphTarget(u, env("NEO4J_USERNAME", "neo4j"), pw, db, s, !noAuth, 0, -1);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
