package org.eventline.cli;

import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The limits of {@link Limits} as options of the commands that read and extract. */
final class LimitOptions {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    @Option(names = "--max-input-size", paramLabel = "SIZE", description = "Largest input read (a file, a download, "
            + "or a .gz once uncompressed), e.g. 500KB or 32MB; larger ones are skipped (default: ${DEFAULT-VALUE}).")
    String maxInputSize = "16MB";

    @Option(names = "--max-article-size", paramLabel = "CHARS", description = "Longest article text extracted, in "
            + "characters; longer articles are skipped (default: ${DEFAULT-VALUE}).")
    int maxArticleChars = Limits.DEFAULTS.maxArticleChars();

    @Option(names = "--time-budget", paramLabel = "SECONDS", description = "Longest extraction of one article; an "
            + "article taking longer is skipped, 0 for no limit (default: 60).")
    double timeBudget = Limits.DEFAULTS.timeBudget().toSeconds();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Wait for each HTTP request, connecting and "
            + "reading (default: 20).")
    double timeout = Limits.DEFAULTS.timeout().toSeconds();

    Limits limits() {
        if (maxArticleChars < 1) {
            throw new UsageException("--max-article-size must be at least 1");
        }
        if (timeBudget < 0 || Double.isNaN(timeBudget)) {
            throw new UsageException("--time-budget must be 0 (no limit) or more");
        }
        if (!(timeout > 0)) {
            throw new UsageException("--timeout must be more than 0");
        }
        return new Limits(bytes("--max-input-size", maxInputSize), maxArticleChars, seconds(timeBudget), seconds(timeout));
    }

    /** "16MB", "500 KB", "2GiB" or a number of bytes. */
    static int bytes(String option, String size) {
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches()) {
            throw new UsageException(option + " expects a size such as 500KB or 16MB, not '" + size + "'");
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long value;
        try {
            value = Math.multiplyExact(Long.parseLong(m.group(1)), factor);
        } catch (ArithmeticException | NumberFormatException e) {
            value = Long.MAX_VALUE;
        }
        // Arrays hold at most 2 GB; one byte is kept to tell a cut input from a complete one.
        if (value < 1 || value >= Integer.MAX_VALUE - 8) {
            throw new UsageException(option + " must be between 1 byte and 2GB, not '" + size + "'");
        }
        return (int) value;
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(Math.min(s, 1e9) * 1e9));
    }
}
