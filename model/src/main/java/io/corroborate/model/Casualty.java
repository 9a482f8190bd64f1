package io.corroborate.model;

/** A person shown hurt or killed in an item ({@code casualty} clue {@code "P07 killed"}). */
public record Casualty(String person, CasualtyStatus status, String item, String clue) {
    public Casualty {
        Text.requireText(person, "casualty person");
        if (status == null) {
            throw new IllegalArgumentException("casualty " + person + " has no status");
        }
        Text.requireText(item, "casualty item");
    }
}
