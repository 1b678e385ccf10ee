package com.credence.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the reasons editors maintain for their decisions. */
@Entity
@Table(name = "review_reason")
public class Reason {

    @Id
    @Column(length = 40)
    private String code = "";

    @Column(nullable = false, length = 120)
    private String label = "";

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected Reason() {
    }

    public Reason(String code, String label, int position) {
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRetired() {
        return retired;
    }

    public void rename(String newLabel) {
        this.label = newLabel;
    }

    public void retire(boolean value) {
        this.retired = value;
    }
}
