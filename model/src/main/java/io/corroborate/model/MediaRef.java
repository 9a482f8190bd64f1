package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One media file of an item. {@code path} is relative to the case folder when the file is in the
 * export; {@code url} is where the platform served it. {@code exported} is false when the export says
 * the file was left out (Telegram's "(File not included…)"). {@code mediaId} is the platform's own id
 * for the media (a tweet's {@code media_key}), used to spot re-uploads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaRef(String type, String path, String url, String sha256, Long sizeBytes, Double durationSeconds,
                       Integer width, Integer height, String mimeType, String mediaId, Boolean exported) {
    public MediaRef {
        type = Text.requireText(type, "media type");
        path = Text.blankToNull(path);
        url = Text.blankToNull(url);
        sha256 = Text.blankToNull(sha256);
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("media sha256 must be 64 lower-case hex digits: " + sha256);
        }
        if (sizeBytes != null && sizeBytes < 0) {
            throw new IllegalArgumentException("media size must not be negative");
        }
        if (durationSeconds != null && !(durationSeconds >= 0)) {
            throw new IllegalArgumentException("media duration must not be negative");
        }
        mimeType = Text.blankToNull(mimeType);
        mediaId = Text.blankToNull(mediaId);
    }

    public static MediaRef of(String type) {
        return new MediaRef(type, null, null, null, null, null, null, null, null, null, null);
    }

    public MediaRef withPath(String p) { return new MediaRef(type, p, url, sha256, sizeBytes, durationSeconds, width, height, mimeType, mediaId, exported); }
    public MediaRef withUrl(String u) { return new MediaRef(type, path, u, sha256, sizeBytes, durationSeconds, width, height, mimeType, mediaId, exported); }
    public MediaRef withSha256(String s) { return new MediaRef(type, path, url, s, sizeBytes, durationSeconds, width, height, mimeType, mediaId, exported); }
    public MediaRef withSizeBytes(Long s) { return new MediaRef(type, path, url, sha256, s, durationSeconds, width, height, mimeType, mediaId, exported); }
    public MediaRef withDurationSeconds(Double d) { return new MediaRef(type, path, url, sha256, sizeBytes, d, width, height, mimeType, mediaId, exported); }
    public MediaRef withSize(Integer w, Integer h) { return new MediaRef(type, path, url, sha256, sizeBytes, durationSeconds, w, h, mimeType, mediaId, exported); }
    public MediaRef withMimeType(String m) { return new MediaRef(type, path, url, sha256, sizeBytes, durationSeconds, width, height, m, mediaId, exported); }
    public MediaRef withMediaId(String m) { return new MediaRef(type, path, url, sha256, sizeBytes, durationSeconds, width, height, mimeType, m, exported); }
    public MediaRef withExported(Boolean e) { return new MediaRef(type, path, url, sha256, sizeBytes, durationSeconds, width, height, mimeType, mediaId, e); }
}
