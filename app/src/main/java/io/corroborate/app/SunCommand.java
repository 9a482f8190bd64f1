package io.corroborate.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.analysis.chronology.SolarCalculator;
import io.corroborate.analysis.chronology.SolarDay;
import io.corroborate.analysis.chronology.SolarPosition;
import io.corroborate.exporter.json.CaseJson;
import io.corroborate.model.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code corroborate sun}: the day's sun times at a place, and the sun's position at a local time. */
@Command(name = "sun", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = "Civil dawn, sunrise, solar noon, sunset and civil dusk at a place on a date, in local time; "
        + "with --at, the sun's elevation and azimuth and the direction shadows point.")
final class SunCommand implements Callable<Integer> {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final String[] COMPASS = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};

    @Option(names = "--lat", required = true, paramLabel = "LAT", description = "Latitude in degrees (north positive).")
    double lat;

    @Option(names = "--lon", required = true, paramLabel = "LON", description = "Longitude in degrees (east positive).")
    double lon;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The local date.")
    String date;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC", description = "IANA time zone of the place (default ${DEFAULT-VALUE}); historical offsets come from the zone rules.")
    String zone;

    @Option(names = "--at", paramLabel = "HH:MM", description = {"A local time: print the sun's position then.",
            "A time the clocks skip that day (spring forward, e.g. 02:30 in Europe/Berlin on 2022-03-27) does not exist: "
                    + "it is read at the offset before the change, so the position printed is for the shifted local time "
                    + "(03:30), with a warning on stderr. A time that occurs twice (clocks going back) is read at the "
                    + "earlier offset, with a warning giving the other."})
    String at;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        if (!(lat >= -90 && lat <= 90)) {
            throw new InputException("--lat: " + lat + " is outside -90..90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new InputException("--lon: " + lon + " is outside -180..180");
        }
        ZoneId z = ImportCommand.zone("--zone", zone);
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw new InputException("--date: '" + date + "' is not a date (expected YYYY-MM-DD)");
        }
        ZonedDateTime when = null;
        String atShown = at;
        if (at != null) {
            LocalTime t;
            try {
                t = LocalTime.parse(at);
            } catch (DateTimeException e) {
                throw new InputException("--at: '" + at + "' is not a local time (expected HH:MM)");
            }
            when = ZonedDateTime.of(d, t, z);
            // a footage clock may show a time the zone skipped or repeats: say which instant was used
            ZoneOffsetTransition change = z.getRules().getTransition(LocalDateTime.of(d, t));
            if (change != null && change.isGap()) {
                atShown = when.toLocalTime().toString();
                warn("--at " + at + " does not exist on " + d + " in " + z.getId() + " (clocks went forward from "
                        + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime()
                        + "); used " + atShown + " (" + utc(change.getOffsetAfter()) + "), which a clock not yet moved forward ("
                        + utc(change.getOffsetBefore()) + ") shows as " + at);
            } else if (change != null) {
                warn("--at " + at + " occurs twice on " + d + " in " + z.getId() + " (clocks went back from "
                        + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime()
                        + "); used the first, " + utc(change.getOffsetBefore()) + "; the second, " + utc(change.getOffsetAfter())
                        + ", is " + Durations.format(change.getDuration().negated()) + " later");
            }
        }
        SolarDay day = SolarCalculator.day(lat, lon, d, z);
        SolarPosition pos = when == null ? null : SolarCalculator.position(lat, lon, when.toInstant());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("lat", lat).put("lon", lon).put("date", d.toString()).put("zone", z.getId())
                    .put("utcOffset", z.getRules().getOffset(d.atStartOfDay(z).toInstant()).getId());
            putTime(o, "dawn", day.dawn());
            putTime(o, "sunrise", day.sunrise());
            putTime(o, "solarNoon", day.solarNoon());
            putTime(o, "sunset", day.sunset());
            putTime(o, "dusk", day.dusk());
            if (pos != null) {
                ObjectNode p = o.putObject("at");
                p.put("time", when.toOffsetDateTime().toString()).put("elevation", round(pos.elevation()))
                        .put("azimuth", round(pos.azimuth()));
                if (pos.shadowAzimuth() == null) {
                    p.putNull("shadowAzimuth");
                } else {
                    p.put("shadowAzimuth", round(pos.shadowAzimuth()));
                }
            }
            try {
                out.println(CaseJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            Instant noon = d.atTime(12, 0).atZone(z).toInstant();
            out.printf(Locale.ROOT, "Sun at %.5f, %.5f on %s (%s, %s)%n", lat, lon, d, z.getId(), utc(z.getRules().getOffset(noon)));
            line(out, "civil dawn", day.dawn());
            line(out, "sunrise", day.sunrise());
            line(out, "solar noon", day.solarNoon());
            line(out, "sunset", day.sunset());
            line(out, "civil dusk", day.dusk());
            if (pos != null) {
                out.printf(Locale.ROOT, "at %s: elevation %.1f°, azimuth %.1f° (%s)", atShown, pos.elevation(), pos.azimuth(), compass(pos.azimuth()));
                if (pos.shadowAzimuth() == null) {
                    out.printf("; the sun is below the horizon: no shadows%n");
                } else {
                    out.printf(Locale.ROOT, "; shadows point to %.1f° (%s)%n", pos.shadowAzimuth(), compass(pos.shadowAzimuth()));
                }
            }
        }
        out.flush();
        return Main.OK;
    }

    private void warn(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("warning: " + message);
        err.flush();
    }

    /** {@code UTC+06:00}, or {@code UTC} for a zero offset (whose id is "Z"). */
    private static String utc(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void putTime(ObjectNode o, String key, ZonedDateTime t) {
        if (t == null) {
            o.putNull(key);
        } else {
            o.put(key, t.toOffsetDateTime().toString());
        }
    }

    private static void line(PrintWriter out, String label, ZonedDateTime t) {
        out.printf(Locale.ROOT, "%-11s %s%n", label, t == null ? "none (the sun does not cross that line this day)"
                : t.format(HM));
    }

    static String compass(double degrees) {
        return COMPASS[(int) Math.round(((degrees % 360) + 360) % 360 / 22.5) % 16];
    }
}
