package com.credence.source.internal;

import com.credence.annotation.SourceResolver;
import com.credence.base.Inputs;
import com.credence.annotation.AnnotationContent;
import com.credence.source.SourceKind;
import com.credence.source.SourceNames;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's side of {@link SourceResolver}: finds the entry whose name or alias has the name's key,
 * or makes one of kind "other". Two people naming the same new source at once end with one entry: the
 * unique key lets one insert through, the other finds it. The entry found is locked until the
 * annotation's transaction ends, so a merge (which locks it exclusively and then deletes it) either
 * waits for the annotation and re-points it, or has finished, and then the name is found again under
 * the entry it was merged into.
 */
@Component
class LedgerResolver implements SourceResolver {

    private static final int ATTEMPTS = 200;

    private final SourceStore store;
    private final Clock clock;

    LedgerResolver(SourceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public @Nullable Long resolve(String name) {
        String clean = Inputs.optionalLine(name, AnnotationContent.MAX_SOURCE, "source");
        if (clean == null) {
            return null;
        }
        String key = SourceNames.key(clean);
        if (key.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Long> found = store.idByKey(key);
            if (found.isPresent()) {
                if (store.lock(found.get(), false)) {
                    return found.get();
                }
                continue; // merged away meanwhile: its names now belong to another entry
            }
            Long made = store.tryInsert(clean, SourceKind.OTHER, null, null, null, clock.instant());
            if (made != null) {
                return made;
            }
            if (attempt > 2) {
                pause(); // another transaction holds the name and has not committed yet
            }
        }
        throw new IllegalStateException("The source '" + Inputs.abbreviate(clean, 60) + "' could not be found or made.");
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> name(long id) {
        if (!store.lock(id, false)) {
            return Optional.empty();
        }
        return store.get(id).map(v -> v.name());
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while linking a source", e);
        }
    }
}
