package io.corroborate.exporter.html;

import io.corroborate.model.Profile;
import io.corroborate.model.Redaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html opened from disk in headless Chromium: nothing complains, nothing runs, the charts
 * hold the expected marks, and the screenshot shows them drawn. Skipped (with a message) only when
 * no Chromium can be found.
 */
class ReportInBrowserTest {
    /** Where the screenshot is kept for people to look at (the module's target folder). */
    static final Path SCREENSHOT = Path.of("target", "browser", "report.png");

    @TempDir
    static Path out;
    static HeadlessChromium chromium;
    static Path report;

    @BeforeAll
    static void openReport() throws IOException {
        report = Path.of(out.toString(), "report.html");
        HtmlReportExporterTest.export(out, SampleCase.theCase(), SampleCase.result(), Profile.INTERNAL, HtmlReportExporterTest.RUN);
        chromium = HeadlessChromium.startOrSkip();
        chromium.load(report);
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void loadsWithoutConsoleErrorsOrPolicyViolations() {
        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.messages()).noneSatisfy(m -> assertThat(m.origin()).isIn("csp", "issue:ContentSecurityPolicyIssue"));
    }

    @Test
    void hostileTextOpensNoDialogAndAddsNoElement() throws IOException {
        assertThat(chromium.dialogs()).isEmpty();
        assertThat(chromium.evaluate("document.querySelectorAll('script, img, iframe, object, embed').length").asInt()).isZero();
        assertThat(chromium.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length").asInt())
                .isZero();
        assertThat(chromium.evaluate("document.querySelector('h1').textContent").asText()).isEqualTo("Almaty " + SampleCase.SCRIPT + " test");
        assertThat(chromium.evaluate("[...document.querySelectorAll('a')].filter(a => a.protocol !== 'https:' && a.protocol !== 'http:').length").asInt())
                .isZero();
    }

    @Test
    void timelineAndMapHoldTheExpectedItemMarks() throws IOException {
        assertThat(chromium.evaluate("document.querySelectorAll('svg#timeline rect.item').length").asInt()).isEqualTo(SampleCase.TIMELINE_MARKS);
        assertThat(chromium.evaluate("document.querySelectorAll('svg#map circle.item').length").asInt()).isEqualTo(SampleCase.MAP_MARKS);
        // every mark is laid out with a real size (an SVG the browser refused would give none)
        assertThat(chromium.evaluate("[...document.querySelectorAll('svg#timeline rect.item, svg#map circle.item')]"
                + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length").asInt())
                .isEqualTo(SampleCase.TIMELINE_MARKS + SampleCase.MAP_MARKS);
    }

    @Test
    void screenshotShowsTheTimelineAndMapDrawn() throws IOException {
        Path png = out.resolve("report.png");
        chromium.screenshot(png);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(png, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(png.toFile());

        for (String chart : new String[] {"svg#timeline", "svg#map"}) {
            HeadlessChromium.Box box = chromium.box(chart).orElseThrow(() -> new AssertionError(chart + " is not on the page"));
            assertThat(box.width()).as(chart + " width").isGreaterThan(400);
            assertThat(box.height()).as(chart + " height").isGreaterThan(150);
            Ink ink = Ink.in(image, box);
            assertThat(ink.colours()).as(chart + " distinct colours").isGreaterThanOrEqualTo(6);
            assertThat(ink.share()).as(chart + " share of pixels that are not its background").isGreaterThan(0.03);
        }
    }

    @Test
    void publicReportLoadsCleanlyWithItsNotice() throws IOException {
        Path dir = Files.createDirectories(out.resolve("public"));
        HtmlReportExporterTest.export(dir, Redaction.forPublic(SampleCase.theCase()), SampleCase.result(), Profile.PUBLIC, HtmlReportExporterTest.RUN);
        try (HeadlessChromium other = HeadlessChromium.startOrSkip()) {
            other.load(dir.resolve("report.html"));

            assertThat(other.errors()).isEmpty();
            assertThat(other.evaluate("document.getElementById('public-notice').textContent").asText()).isEqualTo(Profile.PUBLIC_NOTICE);
            assertThat(other.evaluate("(() => { const r = document.getElementById('public-notice').getBoundingClientRect(); return r.top + window.scrollY; })()")
                    .asDouble()).isLessThan(100);
        }
    }
}
