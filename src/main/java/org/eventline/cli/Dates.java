package org.eventline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Date options of the command line. */
final class Dates {

    private Dates() {
    }

    /** Parses YYYY-MM-DD or fails as a usage error naming the option. */
    static LocalDate parse(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " expects a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    static void checkDate(String option, String value) {
        parse(option, value);
    }
}
