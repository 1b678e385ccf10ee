package com.credence.security;

/** What a token may do: READ only reads (GET, HEAD); WRITE does whatever its owner's roles allow. */
public enum ApiTokenScope {
    READ("Read only"), WRITE("Read and write");

    private final String label;

    ApiTokenScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
