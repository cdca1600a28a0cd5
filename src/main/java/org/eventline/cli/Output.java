package org.eventline.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Where a command's data goes: a file given with -o, else stdout; UTF-8 either way. */
final class Output {

    private Output() {
    }

    static void write(Path file, Consumer<Writer> body) throws IOException {
        if (file == null) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            body.accept(w);
            w.flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("cannot write " + file + ": no folder " + parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.accept(w);
        }
    }
}
