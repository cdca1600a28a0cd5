package org.eventline.cli;

import org.eventline.graph.Graph;
import org.eventline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a read-only Cypher query (writes are refused) and print the rows.")
final class QueryCommand implements Callable<Integer> {

    enum Format { json, csv, table }

    @Parameters(paramLabel = "CYPHER", arity = "0..1", description = "The query (or use --file).")
    String cypher;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file, e.g. cypher/queries/….")
    Path file;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter ($NAME); the value is JSON if it parses as JSON, else a string. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, csv or table (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Mixin
    GraphOptions graphOptions;

    @Override
    public Integer call() throws IOException {
        if ((cypher == null) == (file == null)) {
            throw new UsageException("give the query as an argument or with --file, not both");
        }
        String query = cypher != null ? cypher : Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, parseValue(v)));
        List<Map<String, Object>> rows;
        try (Graph graph = Graph.open(graphOptions.target())) {
            rows = graph.query(query, values);
        } catch (IllegalArgumentException e) {
            Main.log("eventline: query failed: " + e.getMessage());
            return Main.INPUT_FAILED;
        }
        System.out.print(switch (format) {
            case json -> Json.pretty(rows) + "\n";
            case csv -> Tables.csv(rows);
            case table -> Tables.text(rows);
        });
        return Main.OK;
    }

    private static Object parseValue(String v) {
        try {
            return Json.MAPPER.readValue(v, Object.class);
        } catch (IOException e) {
            return v;
        }
    }

    /** Rows as CSV or as an aligned text table. */
    static final class Tables {

        private Tables() {
        }

        static String csv(List<Map<String, Object>> rows) {
            StringBuilder sb = new StringBuilder();
            List<String> cols = columns(rows);
            sb.append(String.join(",", cols.stream().map(Tables::csvCell).toList())).append("\r\n");
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>();
                cols.forEach(c -> cells.add(csvCell(cell(r.get(c)))));
                sb.append(String.join(",", cells)).append("\r\n");
            }
            return sb.toString();
        }

        static String text(List<Map<String, Object>> rows) {
            List<String> cols = columns(rows);
            if (cols.isEmpty()) {
                return "(no rows)\n";
            }
            int[] width = new int[cols.size()];
            List<List<String>> cells = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                List<String> line = new ArrayList<>();
                cols.forEach(c -> line.add(cell(r.get(c))));
                cells.add(line);
            }
            for (int i = 0; i < cols.size(); i++) {
                width[i] = displayWidth(cols.get(i));
                for (List<String> line : cells) {
                    width[i] = Math.min(60, Math.max(width[i], displayWidth(line.get(i))));
                }
            }
            StringBuilder sb = new StringBuilder();
            appendLine(sb, cols, width);
            for (List<String> line : cells) {
                appendLine(sb, line, width);
            }
            sb.append('(').append(rows.size()).append(rows.size() == 1 ? " row)\n" : " rows)\n");
            return sb.toString();
        }

        private static void appendLine(StringBuilder sb, List<String> cells, int[] width) {
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i);
                if (displayWidth(c) > width[i]) {
                    c = c.substring(0, Math.max(0, Math.min(c.length(), width[i] - 1))) + "…";
                }
                sb.append(c).append(" ".repeat(Math.max(0, width[i] - displayWidth(c))));
                sb.append(i + 1 < cells.size() ? " | " : "\n");
            }
        }

        /** Columns: wide (CJK) characters take two. */
        private static int displayWidth(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); i++) {
                w += Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN || s.charAt(i) >= 0xFF00 ? 2 : 1;
            }
            return w;
        }

        private static List<String> columns(List<Map<String, Object>> rows) {
            return rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        }

        private static String cell(Object v) {
            if (v == null) {
                return "";
            }
            return v instanceof String s ? s : Json.line(v);
        }

        private static String csvCell(String s) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
    }
}
