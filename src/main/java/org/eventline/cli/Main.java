package org.eventline.cli;

import org.eventline.graph.GraphUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The eventline command line: a thin layer that wires the pipeline stages together. */
@Command(name = "eventline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles in Chinese and English into an event-timeline knowledge graph in Neo4j.",
        footer = {"", "Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 database unavailable."})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int INPUT_FAILED = 1;
    public static final int USAGE = 2;
    public static final int DATABASE_UNAVAILABLE = 3;

    /**
     * The subcommands by name, in the order usage lists them. A command line naming one sets up that one
     * alone: reading the options of all of them took a good part of a short extract's start-up.
     */
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("extract", ExtractCommand.class);
        COMMANDS.put("ingest", IngestCommand.class);
        COMMANDS.put("export", ExportCommand.class);
        COMMANDS.put("disagreements", DisagreementsCommand.class);
        COMMANDS.put("query", QueryCommand.class);
        COMMANDS.put("serve", ServeCommand.class);
        COMMANDS.put("demo", DemoCommand.class);
        COMMANDS.put("bench", BenchCommand.class);
        COMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    static boolean debug;

    public static void main(String[] args) {
        // Data goes to stdout and logs to stderr, both UTF-8 whatever the platform default.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int code = run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (for tests: no System.exit). */
    public static int run(String... args) {
        debug = false;  // a static option keeps its value between runs in one JVM (tests)
        CommandLine cli = new CommandLine(new Main());
        Class<?> named = COMMANDS.get(commandWord(args));
        if (named != null && named != CommandLine.HelpCommand.class) {
            cli.addSubcommand(named);
        } else {
            COMMANDS.values().forEach(cli::addSubcommand);  // usage and help list them all
        }
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (debug) {
                e.printStackTrace();
            }
            if (e instanceof GraphUnavailableException) {
                System.err.println("eventline: " + e.getMessage());
                return DATABASE_UNAVAILABLE;
            }
            if (e instanceof UsageException) {
                System.err.println("eventline: " + e.getMessage());
                return USAGE;
            }
            System.err.println("eventline: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return INPUT_FAILED;
        });
        return cli.execute(args);
    }

    /** The first word that is not an option: the top-level options take no values. */
    private static String commandWord(String... args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"eventline " + (v != null ? v : "(development build)")};
        }
    }

    static void log(String message) {
        System.err.println(message);
    }

    /** The stack trace of an error that is otherwise reported in one line, with --debug only. */
    static void trace(Throwable e) {
        if (debug) {
            e.printStackTrace();
        }
    }
}
