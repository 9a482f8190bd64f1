package io.corroborate.app;

import com.google.inject.Inject;
import io.corroborate.spi.Analysis;
import io.corroborate.spi.Exporter;
import io.corroborate.spi.SourceImporter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The installed plugins, indexed by id. Refuses to start on a duplicate or malformed id, and orders the
 * analyses so that each runs after the ones it reads.
 */
public final class PluginRegistry {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, SourceImporter> importers;
    private final Map<String, Analysis> analyses;
    private final Map<String, Exporter> exporters;
    private final List<Analysis> analysisOrder;

    @Inject
    public PluginRegistry(Set<SourceImporter> importers, Set<Analysis> analyses, Set<Exporter> exporters) {
        this.importers = index("importer", importers, SourceImporter::id);
        SourceImporter reserved = this.importers.get(Pipeline.CASE_FILES);
        if (reserved != null) {
            throw new IllegalStateException("the importer " + reserved.getClass().getName() + " has the id '" + Pipeline.CASE_FILES
                    + "', which names the case's own files in custody.csv and case.json; choose another id");
        }
        this.analyses = index("analysis", analyses, Analysis::id);
        this.exporters = index("exporter", exporters, Exporter::id);
        this.analysisOrder = order(this.analyses);
    }

    private static <T> Map<String, T> index(String what, Collection<T> plugins, Function<T, String> id) {
        Map<String, T> byId = new TreeMap<>();
        for (T p : plugins) {
            String key = id.apply(p);
            if (key == null || !KEBAB.matcher(key).matches()) {
                throw new IllegalStateException("the " + what + " " + p.getClass().getName() + " has the id '" + key
                        + "', which is not a kebab-case id");
            }
            T other = byId.putIfAbsent(key, p);
            if (other != null) {
                throw new IllegalStateException("two " + what + " plugins have the id '" + key + "': "
                        + other.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** Analyses in an order where each follows the installed analyses it runs after; ties by id. */
    private static List<Analysis> order(Map<String, Analysis> byId) {
        List<Analysis> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String id : byId.keySet()) {
            visit(id, byId, done, visiting, out, new ArrayDeque<>());
        }
        return List.copyOf(out);
    }

    private static void visit(String id, Map<String, Analysis> byId, Set<String> done, Set<String> visiting,
                              List<Analysis> out, Deque<String> path) {
        if (done.contains(id) || !byId.containsKey(id)) {
            return;
        }
        path.addLast(id);
        if (!visiting.add(id)) {
            throw new IllegalStateException("analyses run after each other in a cycle: " + String.join(" -> ", path));
        }
        for (String before : new java.util.TreeSet<>(byId.get(id).runsAfter())) {
            visit(before, byId, done, visiting, out, path);
        }
        visiting.remove(id);
        path.removeLast();
        done.add(id);
        out.add(byId.get(id));
    }

    public Map<String, SourceImporter> importers() {
        return importers;
    }

    public Map<String, Analysis> analyses() {
        return analyses;
    }

    public Map<String, Exporter> exporters() {
        return exporters;
    }

    public List<Analysis> analysesInOrder() {
        return analysisOrder;
    }

    public Optional<SourceImporter> importer(String id) {
        return Optional.ofNullable(importers.get(Objects.requireNonNull(id, "id is null")));
    }

    /** Exporters to run: the listed ones (or all), those that run last at the end, each group in id order. */
    public List<Exporter> exportersFor(List<String> wanted) {
        List<Exporter> first = new ArrayList<>();
        List<Exporter> last = new ArrayList<>();
        for (Exporter e : exporters.values()) {
            if (wanted.isEmpty() || wanted.contains(e.id())) {
                (e.runsLast() ? last : first).add(e);
            }
        }
        first.addAll(last);
        return first;
    }
}
