package io.corroborate.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin jar dropped into a plugins folder is found and used without any change to the app. The
 * plugin is the one docs/writing-an-importer.md shows, compiled from the document itself.
 */
class PluginsFolderTest {
    @TempDir
    Path tmp;

    @Test
    void listsAPluginJarFromThePluginsFolder() throws IOException {
        Path plugins = buildPluginJar();
        Cli cli = Cli.run("--plugins", plugins.toString(), "plugins");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).containsPattern("(?m)^importer\\s+whatsapp-txt\\s+WhatsApp chat export");
        assertThat(cli.out()).containsPattern("(?m)^importer\\s+telegram\\s+");
    }

    @Test
    void findsAPluginJarInThePluginsFolderOfTheCorroborateHomeWithoutAnyOption() throws IOException {
        Path plugins = buildPluginJar();
        String before = System.getProperty("corroborate.home");
        System.setProperty("corroborate.home", plugins.getParent().toString());
        try {
            assertThat(Cli.run("plugins").out()).containsPattern("(?m)^importer\\s+whatsapp-txt\\s+");
        } finally {
            if (before == null) {
                System.clearProperty("corroborate.home");
            } else {
                System.setProperty("corroborate.home", before);
            }
        }
        assertThat(Cli.run("plugins").out()).doesNotContain("whatsapp-txt");
    }

    @Test
    void runsACaseWithThePluginsImporter() throws IOException {
        Path plugins = buildPluginJar();
        Path caseDir = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(caseDir.resolve("_chat.txt"), """
                05/01/2022, 15:14 - Aigerim: shooting near the residence now
                they are running towards Abay
                05/01/2022, 15:20 - Daniyar: armoured vehicles on Satpaev
                """, StandardCharsets.UTF_8);
        Files.writeString(caseDir.resolve("case.yaml"), """
                name: Plugin test
                time-zone: Asia/Almaty
                sources:
                  - importer: whatsapp-txt
                    path: _chat.txt
                    timezone: Asia/Almaty
                    options: {chat: residents}
                outputs: [case-json]
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("--plugins", plugins.toString(), "run", caseDir.toString());
        assertThat(cli.err()).doesNotContain("error:");
        assertThat(cli.exitCode()).isZero();
        String json = Files.readString(caseDir.resolve("out/case.json"));
        assertThat(json).contains("\"whatsapp:residents:1\"", "\"2022-01-05T09:14:00Z\"",
                "shooting near the residence now\\nthey are running towards Abay", "\"whatsapp:residents:3\"");
    }

    /** Compiles the Java code of docs/writing-an-importer.md into a plugin jar in a fresh plugins folder. */
    private Path buildPluginJar() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "writing-an-importer.md"));
        int start = doc.indexOf("```java\n") + "```java\n".length();
        String code = doc.substring(start, doc.indexOf("```\n", start));
        Path src = tmp.resolve("src/org/example/whatsapp/WhatsAppImporter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, code);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(rc).as("the documented importer compiles").isZero();
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        try (OutputStream f = Files.newOutputStream(plugins.resolve("whatsapp-importer.jar"));
             JarOutputStream jar = new JarOutputStream(f);
             Stream<Path> files = Files.walk(classes)) {
            for (Path c : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(c));
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry("META-INF/services/io.corroborate.spi.SourceImporter"));
            jar.write("org.example.whatsapp.WhatsAppImporter\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return plugins;
    }
}
