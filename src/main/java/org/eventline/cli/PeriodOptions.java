package org.eventline.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** --from and --to: a period of days, each end given as a day, a month or a year. */
final class PeriodOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "On or after this date (YYYY-MM-DD, YYYY-MM or YYYY): "
            + "what reaches into the period counts.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "On or before this date (YYYY-MM-DD, YYYY-MM or YYYY; "
            + "--to 2025-12 includes all of December).")
    String to;

    /** The first day of --from, or null. */
    LocalDate first() {
        return Dates.firstDay("--from", from);
    }

    /** The last day of --to, or null. */
    LocalDate last() {
        return Dates.lastDay("--to", to);
    }
}
