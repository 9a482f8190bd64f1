package io.corroborate.exporter.json;

import io.corroborate.testing.AlmatyFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.corroborate.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/case.schema.json true: every output must validate, and a drifted one must not. */
class CaseJsonSchemaTest {
    private static final ObjectMapper READER = new ObjectMapper();

    @TempDir
    Path out;

    private static JsonSchema schema() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("../../docs/case.schema.json").normalize();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    private JsonNode export(Profile profile) throws IOException {
        new CaseJsonExporter().export(AlmatyFixture.context(out, profile, AlmatyFixture.RUN));
        return READER.readTree(out.resolve("case.json").toFile());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void outputValidatesAgainstTheSchema(Profile profile) throws IOException {
        Set<ValidationMessage> errors = schema().validate(export(profile));

        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsAnUnknownField() throws IOException {
        ObjectNode doc = (ObjectNode) export(Profile.INTERNAL);
        ((ObjectNode) doc.get("items").get(0)).put("publishedOn", "yesterday");

        assertThat(schema().validate(doc)).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("publishedOn"));
    }

    @Test
    void schemaRejectsACasualtyCountWithoutItsAtLeastLabel() throws IOException {
        ObjectNode doc = (ObjectNode) export(Profile.INTERNAL);
        ((ObjectNode) doc.get("casualties")).remove("label");

        assertThat(schema().validate(doc)).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("label"));
    }

    @Test
    void schemaRejectsAnIncidentWithoutItsItemsWindow() throws IOException {
        ObjectNode doc = (ObjectNode) export(Profile.INTERNAL);
        ((ObjectNode) doc.get("incidents").get(0)).remove("itemsWindow");

        assertThat(schema().validate(doc)).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("itemsWindow"));
    }

    @Test
    void schemaRejectsALocalTimeWhereAnInstantBelongs() throws IOException {
        ObjectNode doc = (ObjectNode) export(Profile.INTERNAL);
        ((ObjectNode) doc.get("items").get(0)).put("publishedAt", "2024-05-01T16:00:00+06:00");

        assertThat(schema().validate(doc)).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("publishedAt"));
    }

    @Test
    void schemaRejectsAPublicFileWithoutItsNotice() throws IOException {
        ObjectNode doc = (ObjectNode) export(Profile.PUBLIC);
        doc.remove("notice");

        assertThat(schema().validate(doc)).isNotEmpty();
    }

    @Test
    void schemaRejectsAPublicFileThatKeptSensitiveFields() throws IOException {
        ObjectNode doc = (ObjectNode) export(Profile.PUBLIC);
        ((ObjectNode) doc.get("items").get(0)).putObject("sensitive").put("name", "someone");

        assertThat(schema().validate(doc)).isNotEmpty();
    }
}
