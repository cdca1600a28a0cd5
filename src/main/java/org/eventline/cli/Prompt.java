package org.eventline.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Asks the user for a secret: on the terminal without echo, else one line of standard input. */
final class Prompt {

    private Prompt() {
    }

    static String password(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            if (typed == null) {
                throw new UsageException("no password given");
            }
            return new String(typed);
        }
        // stdout carries data: the prompt goes to stderr. Byte by byte, so that the rest of standard input
        // (an article read from "-") stays unread.
        System.err.print(prompt);
        System.err.flush();
        try {
            InputStream in = System.in;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            System.err.println();
            if (b < 0 && line.size() == 0) {
                throw new UsageException("no password given (standard input is empty)");
            }
            String pw = line.toString(StandardCharsets.UTF_8);
            return pw.endsWith("\r") ? pw.substring(0, pw.length() - 1) : pw;
        } catch (IOException e) {
            throw new UsageException("cannot read the password from standard input (" + e.getMessage() + ")");
        }
    }
}
