package io.corroborate.exporter.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Area;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Claim;
import io.corroborate.model.ClaimVerdict;
import io.corroborate.model.Clue;
import io.corroborate.model.Corroboration;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Landmark;
import io.corroborate.model.Place;
import io.corroborate.model.Profile;
import io.corroborate.model.Provenance;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.SourceSummary;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.ExportContext;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The top level of {@code case.json}: the case, then everything the analyses derived. Field order is
 * fixed and nothing in it depends on when the run happened (no run time, no import stamps: those are
 * in custody.csv), so two runs on the same inputs give the same bytes.
 */
@JsonPropertyOrder({"schemaVersion", "profile", "notice", "name", "timeZone", "area", "timeRange", "toolVersion",
        "settings", "sources", "items", "clues", "landmarks", "claims", "windows", "places", "repostGroups", "incidents", "casualties", "verdicts", "corroborations", "findings"})
public record CaseDocument(String schemaVersion, Profile profile, String notice, String name, ZoneId timeZone, Area area,
                           TimeWindow timeRange, String toolVersion, Map<String, String> settings,
                           List<SourceSummary> sources, List<EvidenceItem> items, List<Clue> clues,
                           List<Landmark> landmarks, List<Claim> claims, Map<String, ItemWindow> windows,
                           Map<String, Place> places, List<RepostGroup> repostGroups, List<IncidentEntry> incidents,
                           CasualtyCount casualties, List<ClaimVerdict> verdicts, List<Corroboration> corroborations,
                           List<Finding> findings) {
    public CaseDocument {
        Objects.requireNonNull(schemaVersion, "schemaVersion is null");
        Objects.requireNonNull(profile, "profile is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(timeZone, "timeZone is null");
        Objects.requireNonNull(toolVersion, "toolVersion is null");
    }

    /**
     * The document for one export: the (already redacted) case and the analysis result of the context.
     * Inputs are sorted by id (the host may import sources in parallel); analysis results keep the
     * order the analyses gave them, which is deterministic by their contract. The import stamps of
     * sources and provenance are left out: they are the run's time, which custody.csv records.
     */
    public static CaseDocument of(ExportContext context) {
        Case c = context.theCase();
        AnalysisResult r = context.result();
        Profile profile = context.profile();
        Map<String, EvidenceItem> byId = c.itemsById();
        return new CaseDocument(CaseJson.SCHEMA_VERSION, profile, profile == Profile.PUBLIC ? Profile.PUBLIC_NOTICE : null,
                c.name(), c.zone(), c.area(), c.timeRange(), context.toolVersion(), c.settings(),
                sorted(c.sources(), Comparator.comparing(SourceSummary::path).thenComparing(SourceSummary::importer)).stream()
                        .map(CaseDocument::withoutImportTime).toList(),
                sorted(c.items(), Comparator.comparing(EvidenceItem::id)).stream().map(CaseDocument::withoutImportTime).toList(),
                sorted(c.clues(), Comparator.comparing(Clue::id)),
                sorted(c.landmarks(), Comparator.comparing(Landmark::id)),
                sorted(c.claims(), Comparator.comparing(Claim::id)), r.windows(), r.places(), r.repostGroups(),
                r.incidents().stream().map(i -> IncidentEntry.of(i, byId, r.repostGroups())).toList(), r.casualties(),
                r.verdicts(), r.corroborations(), r.findings());
    }

    private static SourceSummary withoutImportTime(SourceSummary s) {
        return new SourceSummary(s.path(), s.importer(), s.sha256(), s.sizeBytes(), s.imported(), s.skipped(), null);
    }

    private static EvidenceItem withoutImportTime(EvidenceItem i) {
        Provenance p = i.provenance();
        if (p == null || p.importedAt() == null) {
            return i;
        }
        return i.toBuilder().provenance(new Provenance(p.importer(), p.source(), p.locator(), p.sourceSha256(), null)).build();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }
}
