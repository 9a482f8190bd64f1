package io.corroborate.app;

import io.corroborate.model.Area;
import io.corroborate.model.Profile;
import io.corroborate.model.TimeWindow;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case folder's {@code case.yaml}, checked: every path resolved inside the case folder, every zone
 * known. See docs/case-folder.md.
 */
public record CaseConfig(Path root, Path file, String name, ZoneId zone, Area area, TimeWindow timeRange,
                         Path landmarks, List<Path> clueSheets, Path claims, List<Source> sources,
                         List<String> outputs, Map<String, String> settings, Profile profile) {
    public CaseConfig {
        Objects.requireNonNull(root, "root is null");
        Objects.requireNonNull(zone, "zone is null");
        clueSheets = List.copyOf(clueSheets);
        sources = List.copyOf(sources);
        outputs = List.copyOf(outputs);
        settings = Map.copyOf(settings);
    }

    /** One source: which importer reads which file or folder, the zone of its wall times, its options. */
    public record Source(String importer, Path path, ZoneId timezone, Map<String, String> options, String locator) {
        public Source {
            Objects.requireNonNull(importer, "importer is null");
            Objects.requireNonNull(path, "path is null");
            options = Map.copyOf(options);
        }
    }
}
