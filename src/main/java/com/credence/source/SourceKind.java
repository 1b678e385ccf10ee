package com.credence.source;

/** What kind of source a ledger entry is. */
public enum SourceKind {
    GOVERNMENT("Government"),
    MILITARY("Military"),
    POLICE("Police"),
    STATE_MEDIA("State media"),
    INDEPENDENT_MEDIA("Independent media"),
    NGO("NGO"),
    INTERNATIONAL_ORGANISATION("International organisation"),
    COMPANY("Company"),
    PERSON("Person"),
    ANONYMOUS("Anonymous"),
    OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named by its constant ({@code STATE_MEDIA}, case aside); a clear message otherwise. */
    public static SourceKind parse(String value) {
        String v = value.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (SourceKind k : values()) {
            if (k.name().equals(v)) {
                return k;
            }
        }
        throw new com.credence.base.InvalidInputException("Unknown source kind '" + com.credence.base.Inputs.abbreviate(value, 40)
                + "'; one of " + java.util.Arrays.toString(values()) + ".");
    }
}
