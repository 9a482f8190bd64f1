package io.corroborate.analysis.corroboration;

import io.corroborate.model.UnionFind;
import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.RepostGroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts independent sources among items. Two items come from the same source when they share a
 * repost group, an author (the same platform id, or the same display name ignoring case), when one
 * was forwarded from the other's author or both from the same author, or when one reposts the other
 * or both repost the same original. The number of independent sources is the number of groups of
 * items connected by these links.
 */
public final class Sources {
    private final Map<String, EvidenceItem> items;
    private final Map<String, String> groupOf = new HashMap<>();

    public Sources(Map<String, EvidenceItem> items, List<RepostGroup> groups) {
        this.items = items;
        for (RepostGroup g : groups) {
            g.members().forEach(m -> groupOf.put(m, g.id()));
        }
    }

    /** The number of independent sources among {@code ids} (ids not in the case count as one source each). */
    public int count(Collection<String> ids) {
        List<String> list = List.copyOf(new java.util.TreeSet<>(ids));
        UnionFind sets = new UnionFind(list.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            for (String key : keys(list.get(i))) {
                Integer j = firstWithKey.putIfAbsent(key, i);
                if (j != null) {
                    sets.union(i, j);
                }
            }
        }
        int roots = 0;
        for (int i = 0; i < list.size(); i++) {
            if (sets.find(i) == i) {
                roots++;
            }
        }
        return roots;
    }

    private List<String> keys(String id) {
        List<String> keys = new ArrayList<>();
        keys.add("item:" + id);
        String group = groupOf.get(id);
        if (group != null) {
            keys.add("group:" + group);
        }
        EvidenceItem item = items.get(id);
        if (item == null) {
            return keys;
        }
        author(item.author(), keys);
        author(item.forwardedFrom(), keys);
        if (item.repostOf() != null) {
            keys.add("item:" + item.repostOf());
        }
        return keys;
    }

    private static void author(Author a, List<String> keys) {
        if (a == null) {
            return;
        }
        if (a.id() != null) {
            keys.add("author-id:" + a.id());
        }
        if (a.name() != null) {
            keys.add("author-name:" + a.name().strip().toLowerCase(Locale.ROOT));
        }
    }
}
