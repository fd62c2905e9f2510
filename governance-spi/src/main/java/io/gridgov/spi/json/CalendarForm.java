package io.gridgov.spi.json;

import static io.gridgov.spi.json.JsonPaths.element;
import static io.gridgov.spi.json.JsonPaths.excerpt;
import static io.gridgov.spi.json.JsonPaths.member;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.TimeWindow;
import io.gridgov.core.time.WorkCalendar;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON form of a {@link WorkCalendar}, format {@value #FORMAT} (see {@code docs/time.md}): the zone,
 * the office hours and one {@link HolidaySchedule} per year, whose days are dates
 * ({@code "2025-01-01"}) or inclusive ranges of dates ({@code "2025-10-01/2025-10-08"}).
 *
 * <p>Reading checks each member and date, then a year's schedule with {@link HolidaySchedule}'s own
 * checks (a date of another year, a weekday as an adjusted working day, a day listed both ways) and the
 * calendar with {@link WorkCalendar#of}'s (overlapping office hours, a year given twice), each problem
 * moved to the path of the entry it concerns.
 */
final class CalendarForm implements DataFileText.Form<WorkCalendar> {
    static final String FORMAT = "gridgov.calendar/1";
    static final CalendarForm INSTANCE = new CalendarForm();

    private static final List<String> MEMBERS = List.of("format", "zone", "officeHours", "years");
    private static final List<String> YEAR_MEMBERS = List.of("year", "holidays", "adjustedWorkingDays");
    static final String YEAR_SHAPE = "{\"year\", \"holidays\", \"adjustedWorkingDays\"}";
    private static final Pattern WINDOW = Pattern.compile("([^-]+)-([^-]+)");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) ");
    private static final Pattern YEAR_TWICE = Pattern.compile("the year (-?\\d+) is given twice");

    private CalendarForm() {
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String what() {
        return "a calendar file";
    }

    @Override
    public List<String> members() {
        return MEMBERS;
    }

    @Override
    public String shape() {
        return "{\"format\": \"" + FORMAT + "\", \"zone\": \"Asia/Shanghai\", \"officeHours\": [\"09:00-12:00\", ...],"
                + " \"years\": [" + YEAR_SHAPE + ", ...]}";
    }

    @Override
    public WorkCalendar read(JsonInput in, JsonInput.Obj top) {
        int before = in.count();
        ZoneId zone = readZone(in, top);
        List<TimeWindow> hours = readHours(in, top);
        JsonNode years = top.array("years", true, "list one schedule per year, each " + YEAR_SHAPE);
        List<HolidaySchedule> schedules = new ArrayList<>();
        Map<Integer, Integer> indexOfYear = new HashMap<>();
        Map<Integer, Integer> laterIndexOfYear = new HashMap<>();
        if (years != null) {
            if (years.isEmpty()) {
                in.problem(top.at("years"), "the list is empty; give at least one year's schedule " + YEAR_SHAPE
                        + " (a calendar knows only the years it is given)");
            }
            for (int i = 0; i < years.size(); i++) {
                HolidaySchedule s = readSchedule(in, years.get(i), element(top.at("years"), i));
                if (s != null) {
                    if (indexOfYear.putIfAbsent(s.year(), i) != null) {
                        laterIndexOfYear.putIfAbsent(s.year(), i);
                    }
                    schedules.add(s);
                }
            }
        }
        if (in.count() > before || zone == null || hours == null) {
            return null;
        }
        try {
            return WorkCalendar.of(zone, hours, schedules);
        } catch (InvalidInputException e) {
            in.adopt(e, p -> calendarPath(p, top, laterIndexOfYear));
            return null;
        }
    }

    private static String calendarPath(Problem p, JsonInput.Obj top, Map<Integer, Integer> laterIndexOfYear) {
        if (p.where().startsWith("officeHours")) {
            return top.path() + "." + p.where();
        }
        Matcher m = YEAR_TWICE.matcher(p.message());
        if (m.find()) {
            Integer i = laterIndexOfYear.get(Integer.parseInt(m.group(1)));
            if (i != null) {
                return member(element(top.at("years"), i), "year");
            }
        }
        return top.at("years");
    }

    private static ZoneId readZone(JsonInput in, JsonInput.Obj top) {
        String id = top.string("zone", true, "give the time zone in which days begin and end, e.g. \"Asia/Shanghai\"");
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            in.problem(top.at("zone"), "'" + excerpt(id) + "' is not a time zone; give a region id such as"
                    + " \"Asia/Shanghai\" (mainland China) or \"Asia/Urumqi\"");
            return null;
        }
    }

    private static List<TimeWindow> readHours(JsonInput in, JsonInput.Obj top) {
        JsonNode list = top.array("officeHours", true, "list the office hours of a working day, e.g. [\"09:00-12:00\","
                + " \"13:30-17:30\"]");
        if (list == null) {
            return null;
        }
        int before = in.count();
        if (list.isEmpty()) {
            in.problem(top.at("officeHours"), "the list is empty; give at least one window of office hours, e.g."
                    + " [\"09:00-17:00\"]");
        }
        List<TimeWindow> hours = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            TimeWindow w = readWindow(in, list.get(i), element(top.at("officeHours"), i));
            if (w != null) {
                hours.add(w);
            }
        }
        return in.count() == before ? hours : null;
    }

    private static TimeWindow readWindow(JsonInput in, JsonNode node, String path) {
        String fix = "write a window as \"HH:mm-HH:mm\", e.g. \"09:00-12:00\"";
        if (!node.isTextual()) {
            in.problem(path, "expected a string, found " + JsonInput.describe(node) + "; " + fix);
            return null;
        }
        Matcher m = WINDOW.matcher(node.textValue());
        try {
            if (m.matches()) {
                return new TimeWindow(LocalTime.parse(m.group(1)), LocalTime.parse(m.group(2)));
            }
        } catch (DateTimeParseException e) {
            // reported below
        } catch (InvalidInputException e) {
            in.adopt(e, p -> path);
            return null;
        }
        in.problem(path, "'" + excerpt(node.textValue()) + "' is not a window of office hours; " + fix);
        return null;
    }

    /** One year's schedule at {@code path}; null (with problems) if it cannot be read. */
    static HolidaySchedule readSchedule(JsonInput in, JsonNode node, String path) {
        JsonInput.Obj o = in.object(node, path, "a year's schedule", YEAR_SHAPE, YEAR_MEMBERS);
        if (o == null) {
            return null;
        }
        Long year = o.integer("year", true, "give the calendar year, e.g. 2025");
        if (year != null && (year < HolidaySchedule.MIN_YEAR || year > HolidaySchedule.MAX_YEAR)) {
            in.problem(o.at("year"), year + " is outside " + HolidaySchedule.MIN_YEAR + "-" + HolidaySchedule.MAX_YEAR
                    + "; give the calendar year the schedule was published for");
        }
        Days holidays = readDays(in, o, "holidays", "list the public holidays (days off), e.g. [\"2025-01-01\","
                + " \"2025-10-01/2025-10-08\"]");
        Days worked = readDays(in, o, "adjustedWorkingDays", "list the weekend days worked in exchange (调休), e.g."
                + " [\"2025-09-28\", \"2025-10-11\"]; [] if none");
        if (!o.ok()) {
            return null;
        }
        try {
            return new HolidaySchedule(year.intValue(), holidays.entryOf.keySet(), worked.entryOf.keySet());
        } catch (InvalidInputException e) {
            in.adopt(e, p -> schedulePath(p, o, holidays, worked));
            return null;
        }
    }

    /** The path of the entry a schedule's problem is about: the core names the list and starts with the date. */
    private static String schedulePath(Problem p, JsonInput.Obj o, Days holidays, Days worked) {
        Days days = switch (p.where()) {
            case "holidays" -> holidays;
            case "adjustedWorkingDays" -> worked;
            default -> null;
        };
        if (days == null) {
            return o.at(p.where().equals("year") ? "year" : p.where());
        }
        Matcher m = LEADING_DATE.matcher(p.message());
        Integer entry = m.find() ? days.entryOf.get(LocalDate.parse(m.group(1))) : null;
        return entry == null ? o.at(p.where()) : element(o.at(p.where()), entry);
    }

    /** The days of one list, each with the index of the entry (a date or a range) that holds it. */
    private static final class Days {
        final Map<LocalDate, Integer> entryOf = new LinkedHashMap<>();
    }

    private static Days readDays(JsonInput in, JsonInput.Obj o, String name, String fix) {
        Days days = new Days();
        JsonNode list = o.array(name, true, fix);
        if (list == null) {
            return days;
        }
        String listPath = o.at(name);
        for (int i = 0; i < list.size(); i++) {
            String path = element(listPath, i);
            JsonNode n = list.get(i);
            if (!n.isTextual()) {
                in.problem(path, "expected a date \"YYYY-MM-DD\" or a range \"YYYY-MM-DD/YYYY-MM-DD\", found "
                        + JsonInput.describe(n));
                continue;
            }
            LocalDate[] range = parseRange(in, n.textValue(), path);
            if (range == null) {
                continue;
            }
            for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                Integer first = days.entryOf.putIfAbsent(d, i);
                if (first != null) {
                    in.problem(path, d + " is listed already, at " + element(listPath, first) + "; list each day once");
                    break;
                }
            }
        }
        return days;
    }

    /** A date or an inclusive range of dates, as {@code [first, last]}; null (with a problem) if malformed. */
    private static LocalDate[] parseRange(JsonInput in, String text, String path) {
        String fix = "write a date as YYYY-MM-DD (e.g. 2025-10-01) or a range of days as first/last"
                + " (e.g. 2025-10-01/2025-10-08)";
        int slash = text.indexOf('/');
        LocalDate first = parseDate(text.substring(0, slash < 0 ? text.length() : slash));
        LocalDate last = slash < 0 ? first : parseDate(text.substring(slash + 1));
        if (first == null || last == null) {
            in.problem(path, "'" + excerpt(text) + "' is not a date or a range of dates; " + fix);
            return null;
        }
        if (last.isBefore(first)) {
            in.problem(path, "the range " + first + "/" + last + " ends before it starts; write the first day, then"
                    + " the last");
            return null;
        }
        if (last.toEpochDay() - first.toEpochDay() > 366) {
            in.problem(path, "the range " + first + "/" + last + " is longer than a year; a range lists a few days"
                    + " off, e.g. 2025-10-01/2025-10-08");
            return null;
        }
        return new LocalDate[] {first, last};
    }

    private static LocalDate parseDate(String text) {
        if (text.length() != 10) { // YYYY-MM-DD only: no signs, no five-digit years
            return null;
        }
        try {
            return LocalDate.parse(text); // ISO_LOCAL_DATE is strict: no 2025-02-30
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void writeMembers(WorkCalendar calendar, JsonGenerator gen, LinePrinter layout) throws IOException {
        gen.writeStringField("zone", calendar.zone().getId());
        gen.writeFieldName("officeHours");
        gen.writeStartArray();
        for (TimeWindow w : calendar.officeHours()) {
            gen.writeString(w.start() + "-" + w.end());
        }
        gen.writeEndArray();
        gen.writeFieldName("years");
        layout.breakNext();
        gen.writeStartArray();
        for (HolidaySchedule s : calendar.schedules()) {
            writeSchedule(s, gen, layout);
        }
        gen.writeEndArray();
    }

    /** One year's schedule, its members on lines of their own; consecutive days as ranges. */
    static void writeSchedule(HolidaySchedule s, JsonGenerator gen, LinePrinter layout) throws IOException {
        layout.breakNext();
        gen.writeStartObject();
        gen.writeNumberField("year", s.year());
        gen.writeFieldName("holidays");
        writeDays(s.holidays(), gen);
        gen.writeFieldName("adjustedWorkingDays");
        writeDays(s.adjustedWorkingDays(), gen);
        gen.writeEndObject();
    }

    /** Ascending days (a schedule keeps them sorted), runs of consecutive days as {@code first/last}. */
    private static void writeDays(Set<LocalDate> days, JsonGenerator gen) throws IOException {
        gen.writeStartArray();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d : days) {
            if (last != null && d.equals(last.plusDays(1))) {
                last = d;
                continue;
            }
            if (first != null) {
                gen.writeString(run(first, last));
            }
            first = d;
            last = d;
        }
        if (first != null) {
            gen.writeString(run(first, last));
        }
        gen.writeEndArray();
    }

    private static String run(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }
}
