package io.corroborate.exporter.html;

import io.corroborate.model.TimeWindow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineSvgTest {
    private static final Times ALMATY = new Times(ZoneId.of("Asia/Almaty"));

    private static TimelineSvg.Mark mark(String id, String a, String b) {
        return new TimelineSvg.Mark(id, new TimeWindow(Instant.parse(a), Instant.parse(b)), -1);
    }

    private static Document draw(List<TimelineSvg.Mark> marks) {
        return Jsoup.parse(new TimelineSvg(ALMATY, List.of(), marks, null).render().svg());
    }

    private static Element bar(Document svg, String item) {
        return svg.select("rect.item").stream().filter(r -> r.selectFirst("title").text().startsWith(item + " — ")).findFirst().orElseThrow();
    }

    @Test
    void overlappingWindowsGoToSeparateLanes() {
        Document svg = draw(List.of(mark("a", "2022-01-05T09:00:00Z", "2022-01-05T10:00:00Z"),
                mark("b", "2022-01-05T09:30:00Z", "2022-01-05T10:30:00Z"),
                mark("c", "2022-01-05T11:00:00Z", "2022-01-05T11:10:00Z")));

        assertThat(svg.select("rect.item")).hasSize(3);
        assertThat(bar(svg, "a").attr("y")).isNotEqualTo(bar(svg, "b").attr("y"));
        assertThat(bar(svg, "c").attr("y")).isEqualTo(bar(svg, "a").attr("y"));
    }

    @Test
    void laterWindowsAreFurtherRightAndLongerWindowsWider() {
        Document svg = draw(List.of(mark("short", "2022-01-05T09:00:00Z", "2022-01-05T09:10:00Z"),
                mark("long", "2022-01-05T10:00:00Z", "2022-01-05T11:00:00Z")));

        Element shortBar = bar(svg, "short");
        Element longBar = bar(svg, "long");
        assertThat(Double.parseDouble(longBar.attr("x"))).isGreaterThan(Double.parseDouble(shortBar.attr("x")));
        assertThat(Double.parseDouble(longBar.attr("width"))).isGreaterThan(5 * Double.parseDouble(shortBar.attr("width")));
    }

    @Test
    void anInstantStillGetsAVisibleBar() {
        Document svg = draw(List.of(mark("point", "2022-01-05T09:00:00Z", "2022-01-05T09:00:00Z")));

        assertThat(Double.parseDouble(svg.selectFirst("rect.item").attr("width"))).isGreaterThanOrEqualTo(2.5);
    }

    @Test
    void itemsWithoutABoundedWindowAreListedAsNotDrawn() {
        TimelineSvg t = new TimelineSvg(ALMATY, List.of(), List.of(mark("a", "2022-01-05T09:00:00Z", "2022-01-05T10:00:00Z"),
                new TimelineSvg.Mark("open", new TimeWindow(Instant.parse("2022-01-05T09:00:00Z"), null), -1)), null);

        Svg.Drawing d = t.render();
        assertThat(d.itemMarks()).isEqualTo(1);
        assertThat(d.notDrawn()).containsExactly("open");
    }

    @Test
    void nothingBoundedMeansNoTimeline() {
        assertThat(new TimelineSvg(ALMATY, List.of(), List.of(new TimelineSvg.Mark("x", TimeWindow.UNBOUNDED, -1)), null).render()).isNull();
    }

    @Test
    void shortSpansGetFinerTicksOnRoundLocalTimes() {
        Document svg = draw(List.of(mark("a", "2022-01-05T09:00:00Z", "2022-01-05T10:00:00Z")));

        List<String> labels = svg.select("g.axis text").eachText();
        assertThat(labels).contains("5 Jan", "15:00", "15:30", "16:00");
        // an hour padded by ten minutes on each side: ticks every ten minutes, in Almaty time
        assertThat(labels).allSatisfy(l -> assertThat(l).matches("1[456]:[0-5]0|5 Jan"));
    }

    @Test
    void withoutAPlaceThereIsNoShading() {
        Document svg = draw(List.of(mark("a", "2022-01-05T09:00:00Z", "2022-01-05T10:00:00Z")));

        assertThat(svg.select("g.sun")).isEmpty();
    }
}
