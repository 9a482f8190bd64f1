package io.corroborate.importer.ytdlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class YoutubeUrlsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.youtube.com/watch?v=Xk3v9QmP2aA",
            "http://youtube.com/watch?v=Xk3v9QmP2aA",
            "https://m.youtube.com/watch?v=Xk3v9QmP2aA&feature=share",
            "https://music.youtube.com/watch?v=Xk3v9QmP2aA&list=RDAMVM",
            "https://www.youtube.com/watch?feature=youtu.be&v=Xk3v9QmP2aA&t=42s",
            "https://youtu.be/Xk3v9QmP2aA",
            "https://youtu.be/Xk3v9QmP2aA?si=AbCdEf&t=10",
            "youtu.be/Xk3v9QmP2aA",
            "www.youtube.com/watch?v=Xk3v9QmP2aA",
            "https://www.youtube.com/shorts/Xk3v9QmP2aA",
            "https://youtube.com/shorts/Xk3v9QmP2aA?feature=share",
            "https://www.youtube.com/embed/Xk3v9QmP2aA?start=5",
            "https://www.youtube-nocookie.com/embed/Xk3v9QmP2aA",
            "https://www.youtube.com/live/Xk3v9QmP2aA?si=x",
            "https://www.youtube.com/v/Xk3v9QmP2aA",
            "  HTTPS://WWW.YOUTUBE.COM/watch?v=Xk3v9QmP2aA  ",
    })
    void everyFormOfOneVideoMapsToTheSameWatchUrl(String url) {
        assertThat(YoutubeUrls.canonical(url)).contains("https://www.youtube.com/watch?v=Xk3v9QmP2aA");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.youtube.com/playlist?list=PLaLmAtY2022jAnUaRy",
            "https://www.youtube.com/@vlastkz",
            "https://www.youtube.com/channel/UCx9Ab3kL0mN1pQ2rS3tU4vW",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/watch?v=Xk3v9QmP2aA1",
            "https://evil.example/watch?v=Xk3v9QmP2aA",
            "https://youtube.com.evil.example/watch?v=Xk3v9QmP2aA",
            "javascript:alert('https://youtu.be/Xk3v9QmP2aA')",
            "ftp://youtu.be/Xk3v9QmP2aA",
            "https://vimeo.com/661234567",
            "not a url at all %%%",
            "",
    })
    void otherUrlsAreNotYoutubeVideos(String url) {
        assertThat(YoutubeUrls.canonical(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xk3v9QmP2aA", "Au1dI0oNlY_", "a-b_c-d_e-f"})
    void videoIdsHaveElevenUrlSafeCharacters(String id) {
        assertThat(YoutubeUrls.isVideoId(id)).isTrue();
        assertThat(YoutubeUrls.watchUrl(id)).isEqualTo("https://www.youtube.com/watch?v=" + id);
    }
}
