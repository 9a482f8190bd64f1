package io.corroborate.importer.witness;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Witness interviews: a sheet pair ({@code witnesses.csv} + {@code statements.csv}) or one YAML file per
 * interview. Each statement becomes an item of platform {@code witness}, kind {@code statement}, id
 * {@code witness:<witness id>:<n>}, authored by the pseudonymous witness id; real names, contact details
 * and unknown columns go only into the item's {@code sensitive} map. See docs/importers/witness.md.
 *
 * <p>The source is a folder holding either layout (both are read when both are present), one of the two
 * sheets, or one interview file. The importer opens and closes every file it reads. A bad statement is
 * skipped through {@link ImportContext#skipped}; a broken file keeps the statements before the break and
 * ends in an {@link ImportException} once the other files were read. Stateless and thread-safe.
 */
public class WitnessImporter implements SourceImporter {
    static final String ID = "witness";
    private static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(15);
    private static final Set<String> OPTIONS = Set.of("tolerance", "name-consenting-witnesses", "delimiter",
            "max-field-chars", "max-record-chars");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Witness statements: witnesses.csv + statements.csv, or one YAML file per interview (local times of the case zone)";
    }

    @Override
    public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Path sourceFile = source.toAbsolutePath().normalize();
        String sourceName = context.sourceName(sourceFile);
        Statements.Settings settings = settings(context, sourceName);
        char delimiter = delimiter(context, sourceName);
        CsvRows.Limits limits = limits(context, sourceName);
        for (String key : new TreeSet<>(context.options().keySet())) {
            if (!OPTIONS.contains(key)) {
                context.warn(sourceFile, "option " + key, "unknown option ignored (known: " + String.join(", ", new TreeSet<>(OPTIONS)) + ")");
            }
        }
        Emitted emitted = new Emitted(context);
        if (!Files.exists(sourceFile)) {
            throw new ImportException(ImportException.Category.UNREADABLE, sourceName, null, "no such file or folder");
        }
        Path folder;
        List<Path> interviews = new ArrayList<>();
        boolean sheets;
        if (Files.isDirectory(sourceFile)) {
            folder = sourceFile;
            sheets = Files.exists(folder.resolve(WitnessSheets.WITNESSES)) || Files.exists(folder.resolve(WitnessSheets.STATEMENTS));
            interviews.addAll(yamlFiles(folder));
            if (!sheets && interviews.isEmpty()) {
                throw new ImportException(ImportException.Category.UNREADABLE, sourceName, null,
                        "neither " + WitnessSheets.WITNESSES + " + " + WitnessSheets.STATEMENTS + " nor interview .yaml files here");
            }
        } else {
            folder = sourceFile.getParent();
            String file = sourceFile.getFileName().toString().toLowerCase(Locale.ROOT);
            sheets = file.equals(WitnessSheets.WITNESSES) || file.equals(WitnessSheets.STATEMENTS);
            if (!sheets) {
                if (!isYaml(file)) {
                    throw new ImportException(ImportException.Category.UNSUPPORTED, sourceName, null,
                            "expected " + WitnessSheets.WITNESSES + ", " + WitnessSheets.STATEMENTS + ", a .yaml interview or a folder of them");
                }
                interviews.add(sourceFile);
            }
        }
        ImportException first = null;
        if (sheets) {
            try {
                new WitnessSheets(context, settings, delimiter, limits, emitted).read(folder, sink);
            } catch (ImportException e) {
                first = e;
            }
        }
        InterviewFiles yaml = new InterviewFiles(context, settings, emitted);
        for (Path f : interviews) {
            try {
                yaml.read(f, sink);
            } catch (ImportException e) {
                // the other interviews are still read; the first failure is reported at the end
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> isYaml(f.getFileName().toString().toLowerCase(Locale.ROOT)))
                    // the case file may sit in the same folder; it is not an interview
                    .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).matches("case\\.ya?ml"))
                    .filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isYaml(String lowerName) {
        return lowerName.endsWith(".yaml") || lowerName.endsWith(".yml");
    }

    /** Registers a file the import reads (so the host hashes it for custody) and returns its name. */
    static String register(ImportContext context, Path file) throws ImportException, IOException {
        String name = context.sourceName(file);
        if (Files.isSymbolicLink(file)) {
            // a link may lead out of the case folder
            context.resolveInside(file.getParent(), file.getFileName().toString(), file, "file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(ImportException.Category.UNREADABLE, name, null, "file not found");
        }
        try {
            context.sourceSha256(file);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return name;
    }

    private static Statements.Settings settings(ImportContext context, String source) throws ImportException {
        Duration tolerance = DEFAULT_TOLERANCE;
        String t = context.option("tolerance").orElse("").strip();
        if (!t.isEmpty()) {
            tolerance = Fields.duration(t);
            if (tolerance == null) {
                throw badOption(source, "tolerance", t, "a duration like 15m");
            }
        }
        boolean named;
        try {
            named = Fields.yesNo(context.option("name-consenting-witnesses").orElse(""), "name-consenting-witnesses");
        } catch (InvalidRecord e) {
            throw badOption(source, "name-consenting-witnesses", context.options().get("name-consenting-witnesses"), "yes or no");
        }
        return new Statements.Settings(tolerance, named, context.caseZone(), context.sourceZone().orElse(null));
    }

    private static char delimiter(ImportContext context, String source) throws ImportException {
        String d = context.option("delimiter").orElse(",");
        if (d.equalsIgnoreCase("tab") || d.equals("\\t") || d.equals("\t")) {
            return '\t';
        }
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw badOption(source, "delimiter", d, "one character such as , or ; or tab");
        }
        return d.charAt(0);
    }

    private static CsvRows.Limits limits(ImportContext context, String source) throws ImportException {
        return new CsvRows.Limits((int) positive(context, source, "max-field-chars", CsvRows.Limits.DEFAULT.maxValueChars(), Integer.MAX_VALUE - 16),
                positive(context, source, "max-record-chars", CsvRows.Limits.DEFAULT.maxRecordChars(), Long.MAX_VALUE));
    }

    private static long positive(ImportContext context, String source, String key, long fallback, long max) throws ImportException {
        String v = context.option(key).orElse("").strip();
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badOption(source, key, v, "a positive whole number");
    }

    private static ImportException badOption(String source, String key, String value, String expected) {
        return new ImportException(ImportException.Category.MALFORMED, source, "option " + key,
                "'" + Fields.shorten(String.valueOf(value)) + "' is not " + expected);
    }
}
