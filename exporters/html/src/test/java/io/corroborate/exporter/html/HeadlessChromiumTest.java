package io.corroborate.exporter.html;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver must see what a real browser reports, or the report's browser test would prove nothing. */
class HeadlessChromiumTest {
    private static Path page(String name) throws URISyntaxException {
        return Path.of(HeadlessChromiumTest.class.getResource("/browser/" + name).toURI());
    }

    @Test
    void aQuietPageReportsNothing() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
            chromium.load(page("quiet.html"));

            assertThat(chromium.errors()).isEmpty();
            assertThat(chromium.dialogs()).isEmpty();
            assertThat(chromium.evaluate("document.getElementById('greeting').textContent").asText()).isEqualTo("Nothing happens here");
        }
    }

    @Test
    void contentSecurityPolicyViolationsAreReported() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
            chromium.load(page("csp-violations.html"));

            // each refusal is seen three ways: the browser's log, a DevTools issue, and the page's own violation event
            for (String directive : new String[] {"style-src", "script-src", "img-src"}) {
                for (String origin : new String[] {"log:security", "issue:ContentSecurityPolicyIssue", "csp"}) {
                    assertThat(chromium.errors()).as(directive + " via " + origin)
                            .anySatisfy(m -> {
                                assertThat(m.origin()).isEqualTo(origin);
                                assertThat(m.text()).contains(directive);
                            });
                }
            }
            assertThat(chromium.evaluate("document.title").asText()).isEqualTo("A page that breaks its own policy");
        }
    }

    @Test
    void consoleErrorsExceptionsAndDialogsAreReported() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
            chromium.load(page("noisy-script.html"));

            assertThat(chromium.dialogs()).containsExactly("alert: a dialog");
            assertThat(chromium.errors()).anySatisfy(m -> {
                assertThat(m.origin()).isEqualTo("console");
                assertThat(m.text()).isEqualTo("boom from the console");
            });
            assertThat(chromium.errors()).anySatisfy(m -> {
                assertThat(m.origin()).isEqualTo("exception");
                assertThat(m.text()).contains("uncaught after load");
            });
            assertThat(chromium.evaluate("document.getElementById('answer').textContent").asText()).isEqualTo("42");
        }
    }
}
