package io.corroborate.model;

import java.util.List;

/**
 * Items that carry the same content. {@code firstUpload} is the earliest published member;
 * {@code reuploads} are the others in publication order; {@code window} is the intersection of the
 * members' recording windows; {@code reasons} say why they were grouped (same-sha256, same-url, ...).
 */
public record RepostGroup(String id, String firstUpload, List<String> reuploads, TimeWindow window, List<String> reasons) {
    public RepostGroup {
        Text.requireText(id, "repost group id");
        Text.requireText(firstUpload, "first upload of " + id);
        reuploads = Text.list(reuploads);
        window = window == null ? TimeWindow.UNBOUNDED : window;
        reasons = Text.list(reasons);
    }

    public List<String> members() {
        var all = new java.util.ArrayList<String>();
        all.add(firstUpload);
        all.addAll(reuploads);
        return List.copyOf(all);
    }
}
