package id.terbuka.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The national holiday list (libur nasional and cuti bersama) for the years that have data.
 * Immutable and thread-safe; {@link #bundled()} is parsed once per JVM.
 *
 * <p>File format: see {@code holidays-id.txt} in this package and the module README.
 */
public final class NationalHolidays {

    /** Classpath location of the data file shipped in this jar. */
    public static final String BUNDLED_RESOURCE = "/id/terbuka/calendar/holidays-id.txt";

    private static final String YEAR_RECORD = "YEAR";

    private final Map<Integer, String> yearSources;   // sorted, unmodifiable
    private final Map<LocalDate, Holiday> byDate;     // unmodifiable

    private NationalHolidays(Map<Integer, String> yearSources, Map<LocalDate, Holiday> byDate) {
        this.yearSources = Collections.unmodifiableMap(new TreeMap<>(yearSources));
        this.byDate = Map.copyOf(byDate);
    }

    /** The list shipped in this jar. */
    public static NationalHolidays bundled() {
        return Bundled.INSTANCE;
    }

    /** A calendar with no data at all (every year produces a "no holiday data" warning). */
    public static NationalHolidays empty() {
        return new NationalHolidays(Map.of(), Map.of());
    }

    /**
     * Parses holiday data in the documented line format.
     *
     * @param origin used in error messages only (file name or URL)
     * @throws HolidayDataException on any malformed or inconsistent line
     */
    public static NationalHolidays parse(Reader reader, String origin) {
        Map<Integer, String> years = new HashMap<>();
        Map<Integer, Integer> yearLines = new HashMap<>();
        Map<LocalDate, Holiday> byDate = new HashMap<>();
        Map<LocalDate, Integer> dateLines = new HashMap<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String raw; (raw = in.readLine()) != null; ) {
                lineNo++;
                String line = lineNo == 1 ? stripBom(raw).strip() : raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                if (f[0].equals(YEAR_RECORD)) {
                    if (f.length != 3) {
                        throw error(origin, lineNo, "a YEAR record has 3 fields: YEAR|<yyyy>|<source>");
                    }
                    int year = parseYear(f[1], origin, lineNo);
                    if (years.putIfAbsent(year, f[2]) != null) {
                        throw error(origin, lineNo, "year " + year + " is declared twice (first on line "
                                + yearLines.get(year) + ")");
                    }
                    yearLines.put(year, lineNo);
                    continue;
                }
                if (f.length != 4) {
                    throw error(origin, lineNo, "a holiday record has 4 fields: <yyyy-mm-dd>|<kind>|<name>|<source>");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(f[0]);
                } catch (DateTimeParseException e) {
                    throw error(origin, lineNo, "'" + f[0] + "' is not a date (yyyy-mm-dd)");
                }
                HolidayKind kind = parseKind(f[1], origin, lineNo);
                if (f[2].isEmpty()) {
                    throw error(origin, lineNo, "the holiday name is empty");
                }
                if (f[3].isEmpty()) {
                    throw error(origin, lineNo, "the legal source is empty");
                }
                Holiday holiday = new Holiday(date, kind, f[2], f[3]);
                Holiday previous = byDate.get(date);
                if (previous != null) {
                    if (previous.kind() == kind && previous.name().equals(holiday.name())) {
                        throw error(origin, lineNo, date + " is listed twice (first on line " + dateLines.get(date) + ")");
                    }
                    holiday = merge(previous, holiday);
                }
                byDate.put(date, holiday);
                dateLines.putIfAbsent(date, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday data " + origin, e);
        }
        for (var entry : dateLines.entrySet()) {
            if (!years.containsKey(entry.getKey().getYear())) {
                throw error(origin, entry.getValue(), "year " + entry.getKey().getYear()
                        + " has no YEAR record; declare the year so the calendar knows its list is complete");
            }
        }
        return new NationalHolidays(years, byDate);
    }

    /** Years whose complete list is present, ascending. */
    public Set<Integer> coveredYears() {
        return yearSources.keySet();
    }

    /** Whether the complete list for {@code year} is present. */
    public boolean covers(int year) {
        return yearSources.containsKey(year);
    }

    /** Legal source declared for {@code year}, if the year is covered. */
    public Optional<String> sourceOf(int year) {
        return Optional.ofNullable(yearSources.get(year));
    }

    /** The libur nasional or cuti bersama on {@code date}, if any. */
    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** All entries of {@code year}, by date. Empty for years without data. */
    public List<Holiday> inYear(int year) {
        List<Holiday> out = new ArrayList<>();
        for (Holiday h : byDate.values()) {
            if (h.date().getYear() == year) {
                out.add(h);
            }
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(out);
    }

    /** All entries, unordered; used to build per-tenant lookup tables. */
    Iterable<Holiday> all() {
        return byDate.values();
    }

    // Two different holidays on one date: a libur nasional wins over cuti bersama, and both names are kept.
    private static Holiday merge(Holiday a, Holiday b) {
        HolidayKind kind = a.kind() == HolidayKind.LIBUR_NASIONAL || b.kind() == HolidayKind.LIBUR_NASIONAL
                ? HolidayKind.LIBUR_NASIONAL : a.kind();
        String source = a.source().equals(b.source()) ? a.source() : a.source() + "; " + b.source();
        return new Holiday(a.date(), kind, a.name() + " / " + b.name(), source);
    }

    private static int parseYear(String s, String origin, int lineNo) {
        try {
            int year = Integer.parseInt(s);
            if (year < 1900 || year > 9999) {
                throw error(origin, lineNo, "year " + s + " is out of range");
            }
            return year;
        } catch (NumberFormatException e) {
            throw error(origin, lineNo, "'" + s + "' is not a year");
        }
    }

    private static HolidayKind parseKind(String s, String origin, int lineNo) {
        if (s.equals(HolidayKind.LIBUR_NASIONAL.name())) {
            return HolidayKind.LIBUR_NASIONAL;
        }
        if (s.equals(HolidayKind.CUTI_BERSAMA.name())) {
            return HolidayKind.CUTI_BERSAMA;
        }
        throw error(origin, lineNo, "kind '" + s + "' is not LIBUR_NASIONAL or CUTI_BERSAMA");
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static HolidayDataException error(String origin, int lineNo, String what) {
        return new HolidayDataException(origin + " line " + lineNo + ": " + what);
    }

    // Lazy holder: the file is parsed on first use, once.
    private static final class Bundled {
        static final NationalHolidays INSTANCE = load();

        private static NationalHolidays load() {
            InputStream in = NationalHolidays.class.getResourceAsStream(BUNDLED_RESOURCE);
            if (in == null) {
                throw new HolidayDataException("Holiday data " + BUNDLED_RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader, BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
