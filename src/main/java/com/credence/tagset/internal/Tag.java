package com.credence.tagset.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "tag_key", nullable = false, unique = true, length = 40)
    private String key = "";

    @Column(nullable = false, length = 60)
    private String name = "";

    @Column(nullable = false, length = 7)
    private String colour = "#888888";

    @Column(name = "line_style", nullable = false, length = 8)
    private String line = "solid";

    @Column(length = 1)
    private @Nullable String hotkey;

    @Column(nullable = false, length = 300)
    private String definition = "";

    @Column(nullable = false)
    private boolean retired;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Tag() {
    }

    public Tag(String key, String name, String colour, @Nullable String hotkey, String definition, int position) {
        this.key = key;
        this.name = name;
        this.colour = colour;
        this.hotkey = hotkey;
        this.definition = definition;
        this.position = position;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getColour() {
        return colour;
    }

    /** The CSS name of the tag's underline (see TagLine). */
    public String getLine() {
        return line;
    }

    public @Nullable String getHotkey() {
        return hotkey;
    }

    public String getDefinition() {
        return definition;
    }

    public boolean isRetired() {
        return retired;
    }

    public int getPosition() {
        return position;
    }

    public void update(String name, String colour, String line, @Nullable String hotkey, String definition) {
        this.name = name;
        this.colour = colour;
        this.line = line;
        this.hotkey = hotkey;
        this.definition = definition;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}
