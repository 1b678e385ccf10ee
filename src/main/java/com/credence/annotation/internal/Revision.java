package com.credence.annotation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One Envers revision: when, and who made it. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUser.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revision_timestamp", nullable = false)
    private long timestamp;

    @Column(length = 64)
    private @Nullable String username;

    public long getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public @Nullable String getUsername() {
        return username;
    }

    void setUsername(@Nullable String username) {
        this.username = username;
    }
}
