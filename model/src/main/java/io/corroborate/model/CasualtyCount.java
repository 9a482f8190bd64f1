package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * Lower bounds: at least {@code killed} distinct people killed and {@code injured} distinct people
 * injured (a person both injured and killed counts once, as killed). {@code killedPeople} and
 * {@code injuredPeople} map each person id to the items that show them. {@link #label()} is written
 * with the counts so that no reader of {@code case.json} sees a bare number without its "at least".
 */
@JsonPropertyOrder({"killed", "injured", "label", "killedPeople", "injuredPeople"})
public record CasualtyCount(int killed, int injured, Map<String, List<String>> killedPeople, Map<String, List<String>> injuredPeople) {
    public static final CasualtyCount NONE = new CasualtyCount(0, 0, Map.of(), Map.of());

    public CasualtyCount {
        killedPeople = Text.sortedMap(killedPeople);
        injuredPeople = Text.sortedMap(injuredPeople);
        if (killed != killedPeople.size() || injured != injuredPeople.size()) {
            throw new IllegalArgumentException("casualty counts disagree with the people listed");
        }
    }

    public static CasualtyCount of(Map<String, List<String>> killedPeople, Map<String, List<String>> injuredPeople) {
        return new CasualtyCount(killedPeople.size(), injuredPeople.size(), killedPeople, injuredPeople);
    }

    /** "at least 10 killed, 19 injured" */
    @JsonProperty(value = "label", access = JsonProperty.Access.READ_ONLY)
    public String label() {
        return "at least " + killed + " killed, " + injured + " injured";
    }
}
