package org.eventline.cli;

import org.eventline.model.TimeValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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

    /** The first day of a date, month or year (2025, 2025-12, 2025-12-15), or a usage error naming the option. */
    static LocalDate firstDay(String option, String value) {
        return range(option, value).map(TimeValue::start).orElse(null);
    }

    /** The last day of a date, month or year: "--to 2025-12" includes all of December. */
    static LocalDate lastDay(String option, String value) {
        return range(option, value).map(TimeValue::end).orElse(null);
    }

    private static Optional<TimeValue> range(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new UsageException(option + " expects a date as YYYY-MM-DD, YYYY-MM or YYYY, not '" + value + "'");
        }
        return Optional.of(TimeValue.parse(value).orElseThrow(
                () -> new UsageException(option + " expects a real date, not '" + value + "'")));
    }
}
