package io.corroborate.app;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.corroborate.model.Area;
import io.corroborate.model.Profile;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SafePaths;
import io.corroborate.spi.StrictUtf8Reader;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads and checks {@code case.yaml}; every mistake names the file and the key. */
public final class CaseConfigReader {
    public static final String FILE_NAME = "case.yaml";
    private static final long MAX_BYTES = 4L << 20;
    /** The longest line: SnakeYAML's time grows with the square of a line's length. */
    private static final long MAX_LINE_CHARS = 64 << 10;
    private static final Set<String> TOP_KEYS = Set.of("name", "time-zone", "timezone", "area", "time-range",
            "landmarks", "clues", "claims", "sources", "outputs", "settings", "profile", "description");
    private static final Set<String> SOURCE_KEYS = Set.of("importer", "path", "timezone", "time-zone", "options", "note");

    private CaseConfigReader() {
    }

    /** The YAML mapper with limits on aliases, nesting and size: case.yaml is untrusted too. */
    static ObjectMapper yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(40).maxStringLength(1 << 20).build())
                .build();
        return new ObjectMapper(factory);
    }

    /** Reads {@code caseDir/case.yaml}. */
    public static CaseConfig read(Path caseDir) throws InputException {
        Path root = caseDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new InputException(caseDir + ": not a case folder (no such folder)");
        }
        Path file = root.resolve(FILE_NAME);
        String name = display(caseDir, FILE_NAME);
        JsonNode doc;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new InputException(name + ": not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(name + ": larger than " + (MAX_BYTES >> 20) + " MB; that is not a case file");
            }
            try (java.io.Reader in = new StrictUtf8Reader(Files.newInputStream(file), MAX_BYTES, true, MAX_LINE_CHARS)) {
                doc = yaml().readTree(in);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": missing: a case folder needs a case.yaml (see docs/case-folder.md)");
        } catch (StrictUtf8Reader.EncodingError | StrictUtf8Reader.NotPrintable e) {
            throw new InputException(name + ": not valid YAML text: " + e.getMessage());
        } catch (StrictUtf8Reader.LineTooLong e) {
            throw InputException.at(name, e.line(), null, "a line longer than " + e.limit() + " characters; that is not a case file");
        } catch (JacksonException e) {
            // the YAML parser wraps what the reader below it refused
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof StrictUtf8Reader.EncodingError || c instanceof StrictUtf8Reader.NotPrintable) {
                    throw new InputException(name + ": not valid YAML text: " + c.getMessage());
                }
                if (c instanceof StrictUtf8Reader.LineTooLong l) {
                    throw InputException.at(name, l.line(), null, "a line longer than " + l.limit() + " characters; that is not a case file");
                }
            }
            JsonLocation at = e.getLocation();
            throw InputException.at(name, at == null ? -1 : at.getLineNr(), null, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (doc == null || !doc.isObject()) {
            throw new InputException(name + ": expected a mapping with at least name, time-zone and sources");
        }
        checkKeys(name, "", doc, TOP_KEYS);
        String caseName = text(name, doc, "name", true);
        ZoneId zone = zone(name, "time-zone", firstPresent(doc, "time-zone", "timezone"), true);
        Area area = area(name, doc.get("area"));
        TimeWindow range = timeRange(name, doc.get("time-range"), zone);
        Path landmarks = optionalPath(root, name, doc, "landmarks");
        List<Path> clues = new ArrayList<>();
        JsonNode cluesNode = doc.get("clues");
        if (cluesNode != null && cluesNode.isArray()) {
            for (int i = 0; i < cluesNode.size(); i++) {
                clues.add(path(root, name, "clues[" + i + "]", cluesNode.get(i)));
            }
        } else if (cluesNode != null && !cluesNode.isNull()) {
            clues.add(path(root, name, "clues", cluesNode));
        }
        Path claims = optionalPath(root, name, doc, "claims");
        List<CaseConfig.Source> sources = sources(root, name, doc.get("sources"));
        List<String> outputs = new ArrayList<>();
        JsonNode out = doc.get("outputs");
        if (out != null && !out.isNull()) {
            if (!out.isArray()) {
                throw new InputException(name + ": outputs: expected a list of exporter ids");
            }
            out.forEach(o -> outputs.add(o.asText()));
        }
        Map<String, String> settings = stringMap(name, "settings", doc.get("settings"));
        Profile profile = Profile.INTERNAL;
        if (doc.hasNonNull("profile")) {
            try {
                profile = Profile.fromId(doc.get("profile").asText());
            } catch (IllegalArgumentException e) {
                throw new InputException(name + ": profile: " + e.getMessage());
            }
        }
        return new CaseConfig(root, file, caseName, zone, area, range, landmarks, clues, claims, sources, outputs, settings, profile);
    }

    private static String display(Path caseDir, String child) {
        return caseDir.resolve(child).toString();
    }

    private static JsonNode firstPresent(JsonNode node, String... keys) {
        for (String k : keys) {
            if (node.hasNonNull(k)) {
                return node.get(k);
            }
        }
        return null;
    }

    private static void checkKeys(String file, String where, JsonNode node, Set<String> allowed) throws InputException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw new InputException(file + ": " + where + k + ": unknown key (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String text(String file, JsonNode node, String key, boolean required) throws InputException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new InputException(file + ": " + key + ": missing");
            }
            return null;
        }
        if (!v.isValueNode()) {
            throw new InputException(file + ": " + key + ": expected a single value");
        }
        return v.asText().strip();
    }

    static ZoneId zone(String file, String key, JsonNode v, boolean required) throws InputException {
        if (v == null || v.isNull()) {
            if (required) {
                throw new InputException(file + ": " + key + ": missing (an IANA zone such as Asia/Almaty)");
            }
            return null;
        }
        try {
            return ZoneId.of(v.asText().strip());
        } catch (DateTimeException e) {
            throw new InputException(file + ": " + key + ": '" + v.asText() + "' is not an IANA time zone (e.g. Asia/Almaty)");
        }
    }

    private static Area area(String file, JsonNode a) throws InputException {
        if (a == null || a.isNull()) {
            return null;
        }
        checkKeys(file, "area.", a, Set.of("south", "west", "north", "east"));
        try {
            return new Area(number(file, a, "south"), number(file, a, "west"), number(file, a, "north"), number(file, a, "east"));
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": area: " + e.getMessage());
        }
    }

    private static double number(String file, JsonNode node, String key) throws InputException {
        JsonNode v = node.get(key);
        if (v == null || !(v.isNumber() || v.isTextual())) {
            throw new InputException(file + ": area." + key + ": missing (degrees)");
        }
        try {
            return Double.parseDouble(v.asText().strip());
        } catch (NumberFormatException e) {
            throw new InputException(file + ": area." + key + ": '" + v.asText() + "' is not a number of degrees");
        }
    }

    private static TimeWindow timeRange(String file, JsonNode r, ZoneId zone) throws InputException {
        if (r == null || r.isNull()) {
            return null;
        }
        checkKeys(file, "time-range.", r, Set.of("from", "to"));
        try {
            return new TimeWindow(local(file, r, "from", zone), local(file, r, "to", zone));
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": time-range: " + e.getMessage());
        }
    }

    private static java.time.Instant local(String file, JsonNode r, String key, ZoneId zone) throws InputException {
        JsonNode v = r.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.asText().strip().replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new InputException(file + ": time-range." + key + ": '" + v.asText()
                    + "' is not a local date-time (expected e.g. 2022-01-04T12:00)");
        }
    }

    private static Path optionalPath(Path root, String file, JsonNode doc, String key) throws InputException {
        JsonNode v = doc.get(key);
        return v == null || v.isNull() ? null : path(root, file, key, v);
    }

    private static Path path(Path root, String file, String key, JsonNode v) throws InputException {
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InputException(file + ": " + key + ": expected a path relative to the case folder");
        }
        try {
            Path p = SafePaths.resolve(root, root, v.asText().strip(), file, key);
            if (!Files.exists(p)) {
                throw new InputException(file + ": " + key + ": " + root.relativize(p) + " does not exist");
            }
            if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
                // a pipe or a device would block the run or never end
                throw new InputException(file + ": " + key + ": " + root.relativize(p) + " is not a file or a folder");
            }
            if (!Files.isReadable(p)) {
                throw new InputException(file + ": " + key + ": " + root.relativize(p) + " cannot be read");
            }
            return p;
        } catch (ImportException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private static List<CaseConfig.Source> sources(Path root, String file, JsonNode s) throws InputException {
        if (s == null || s.isNull()) {
            return List.of();
        }
        if (!s.isArray()) {
            throw new InputException(file + ": sources: expected a list of {importer, path}");
        }
        List<CaseConfig.Source> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            JsonNode src = s.get(i);
            String where = "sources[" + i + "]";
            if (!src.isObject()) {
                throw new InputException(file + ": " + where + ": expected a mapping with importer and path");
            }
            checkKeys(file, where + ".", src, SOURCE_KEYS);
            String importer = text(file + ": " + where, src, "importer", true);
            if (!src.hasNonNull("path")) {
                throw new InputException(file + ": " + where + ".path: missing");
            }
            Path p = path(root, file, where + ".path", src.get("path"));
            ZoneId tz = zone(file, where + ".timezone", firstPresent(src, "timezone", "time-zone"), false);
            out.add(new CaseConfig.Source(importer, p, tz, stringMap(file, where + ".options", src.get("options")), where));
        }
        return out;
    }

    private static Map<String, String> stringMap(String file, String key, JsonNode m) throws InputException {
        if (m == null || m.isNull()) {
            return Map.of();
        }
        if (!m.isObject()) {
            throw new InputException(file + ": " + key + ": expected a mapping of names to values");
        }
        Map<String, String> out = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = m.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().isValueNode()) {
                throw new InputException(file + ": " + key + "." + f.getKey() + ": expected a single value");
            }
            out.put(f.getKey(), f.getValue().asText());
        }
        return new LinkedHashMap<>(out);
    }
}
