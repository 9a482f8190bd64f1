package io.corroborate.model;

import java.util.Set;

/**
 * The clue kinds Corroborate knows. Clue kinds are open strings so that a plugin can add its own;
 * these are the ones the built-in analyses read. See docs/clues.md for each value's grammar.
 */
public final class ClueKinds {
    private ClueKinds() {
    }

    // analyst's sheet: times are local times of the case's zone
    public static final String DATE = "date";
    public static final String CLOCK = "clock";
    public static final String NOT_BEFORE = "not-before";
    public static final String NOT_AFTER = "not-after";
    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String SAME_TIME = "same-time";
    public static final String SUN = "sun";
    public static final String PLACE = "place";
    public static final String INCIDENT = "incident";
    public static final String OBSERVATION = "observation";
    public static final String CASUALTY = "casualty";
    public static final String SAME_PERSON = "same-person";
    public static final String SENSITIVE = "sensitive";
    public static final String DURATION = "duration";

    // importers: values are ISO-8601 UTC instants, or intervals "start/end" (see Clue)
    public static final String PUBLISHED = "published";
    public static final String METADATA = "metadata";
    public static final String EDITED = "edited";

    public static final Set<String> ALL = Set.of(DATE, CLOCK, NOT_BEFORE, NOT_AFTER, BEFORE, AFTER, SAME_TIME, SUN, PLACE,
            INCIDENT, OBSERVATION, CASUALTY, SAME_PERSON, SENSITIVE, DURATION, PUBLISHED, METADATA, EDITED);
}
