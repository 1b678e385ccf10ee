package com.credence.annotation.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user's name. */
public class RevisionUser implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revisionEntity).setUsername(auth == null ? null : auth.getName());
    }
}
