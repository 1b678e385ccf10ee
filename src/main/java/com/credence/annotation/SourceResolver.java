package com.credence.annotation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Links an annotation's source name to an entry of the source ledger. Implemented by the module that
 * keeps the ledger (above this one); {@link AnnotationService} calls it inside its own transaction
 * whenever an annotation's source is set or changed. Without an implementation, annotations keep
 * their source name only.
 */
public interface SourceResolver {

    /**
     * The entry whose name or alias matches {@code name} (case, accents and spacing aside), or a new
     * entry of kind "other" when none does; its id. The entry is locked until the caller's transaction
     * ends, so a merge cannot delete it under the annotation that is being saved. Null only for a
     * name that cannot be an entry's (blank).
     */
    @Nullable Long resolve(String name);

    /** The canonical name of the entry with this id, locked like {@link #resolve}; empty when there is none. */
    Optional<String> name(long id);
}
