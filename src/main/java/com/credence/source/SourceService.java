package com.credence.source;

import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.QueueItem;
import com.credence.annotation.SourceClaims;
import com.credence.base.ConflictException;
import com.credence.base.IfMatch;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.Roles;
import com.credence.source.internal.SourceStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source ledger: entries with a canonical name, aliases, kind, country, description and Wikidata id;
 * found by any of their names (case, accents and spacing aside); listed with their claims counted; merged
 * by editors. Anyone signed in reads and adds entries (annotating creates them in place); changing and
 * merging is for editors.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class SourceService {

    public static final int MAX_DESCRIPTION = 2_000;
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]{0,15}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final SourceStore store;
    private final AnnotationService annotations;
    private final Clock clock;

    SourceService(SourceStore store, AnnotationService annotations, Clock clock) {
        this.store = store;
        this.annotations = annotations;
        this.clock = clock;
    }

    /** A page of the sources list, filtered and ordered in the database. */
    @Transactional(readOnly = true)
    public List<SourceSummary> search(SourceFilter filter, SourceSort sort, int offset, int limit) {
        return store.page(check(filter), sort, Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    public long count(SourceFilter filter) {
        return store.count(check(filter));
    }

    @Transactional(readOnly = true)
    public SourceView get(long id) {
        return store.get(id).orElseThrow(() -> notFound(id));
    }

    /** The entry one of whose names matches this one (case, accents, spacing and a leading "the" aside). */
    @Transactional(readOnly = true)
    public Optional<SourceView> find(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        return store.idByKey(SourceNames.key(name)).flatMap(store::get);
    }

    /** Canonical names of entries with a name or alias containing the text, for a form's suggestions. */
    @Transactional(readOnly = true)
    public List<String> suggest(String text, int limit) {
        return store.suggest(text, Math.clamp(limit, 1, 100));
    }

    /** A new entry; 409 (a {@link ConflictException}) when one of its names is already another entry's. */
    @Transactional
    public SourceView create(SourceDraft draft) {
        String name = name(draft.name());
        Long id = store.tryInsert(name, draft.kind() == null ? SourceKind.OTHER : draft.kind(), country(draft.country()),
                description(draft.description()), wikidata(draft.wikidataId()), clock.instant());
        if (id == null) {
            throw taken(name);
        }
        addAliases(id, name, draft.aliases());
        return get(id);
    }

    /**
     * Changes an entry if it is still at {@code expectedVersion} (else a {@link StaleSourceException}):
     * the fields given; a new name keeps the old one as an alias; aliases, when given, replace the list.
     * Without a version (an API call without If-Match) nothing changes ({@link IfMatch.Missing}).
     */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public SourceView update(long id, @Nullable Long expectedVersion, SourceDraft change) {
        if (expectedVersion == null) {
            IfMatch.version(null); // refuses: a change needs the version it was made from
            throw new IllegalStateException();
        }
        if (!store.lock(id, true)) {
            throw notFound(id);
        }
        SourceView current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleSourceException(current);
        }
        String name = change.name() == null ? current.name() : name(change.name());
        SourceKind kind = change.kind() == null ? current.kind() : change.kind();
        String country = change.country() == null ? current.country() : country(change.country());
        String description = change.description() == null ? current.description() : description(change.description());
        String wikidata = change.wikidataId() == null ? current.wikidataId() : wikidata(change.wikidataId());
        List<String> aliases = new ArrayList<>(change.aliases() == null ? current.aliases() : change.aliases());
        boolean renamed = !SourceNames.key(name).equals(SourceNames.key(current.name()));
        if (renamed && change.aliases() == null) {
            aliases.add(current.name()); // the name it had stays a way to find it
        }
        store.removeAliases(id);
        if (renamed) {
            store.removeName(id, SourceNames.key(current.name()));
            if (!store.tryAddName(id, name, false)) {
                throw taken(name);
            }
        }
        store.update(id, expectedVersion, name, kind, country, description, wikidata);
        addAliases(id, name, aliases);
        return get(id);
    }

    /**
     * Merges entry {@code from} into {@code into}: every annotation attributed to {@code from} (deleted and
     * reviewed ones too) is attributed to {@code into}, each an audited change; {@code from}'s names become
     * aliases of {@code into}; fields {@code into} lacks are taken from {@code from}; {@code from} is removed.
     * Both are locked first, in id order, so annotations being saved with one of {@code from}'s names either
     * finish before (and are re-pointed) or wait and then find {@code into}.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public SourceView merge(long from, long into) {
        if (from == into) {
            throw new InvalidInputException("A source cannot be merged into itself.");
        }
        long first = Math.min(from, into);
        long second = Math.max(from, into);
        if (!store.lock(first, true)) {
            throw notFound(first);
        }
        if (!store.lock(second, true)) {
            throw notFound(second);
        }
        annotations.reattribute(from, into);
        store.mergeNames(from, into);
        return get(into);
    }

    /** A page of the live claims attributed to the entry, newest first, with their articles. */
    @Transactional(readOnly = true)
    public List<QueueItem> claims(long id, int offset, int limit) {
        get(id);
        return annotations.bySource(id, offset, limit);
    }

    /** The entry's claims counted: per tag, per review outcome, per month. */
    @Transactional(readOnly = true)
    public SourceClaims counts(long id) {
        get(id);
        return annotations.claimsOf(id);
    }

    /** Every country code an entry may have, with its English name, in order of the names. */
    public Map<String, String> countries() {
        Map<String, String> byName = new java.util.TreeMap<>();
        for (String code : COUNTRIES) {
            byName.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH) + "\u0000" + code, code);
        }
        Map<String, String> out = new LinkedHashMap<>();
        byName.forEach((k, code) -> out.put(code, k.substring(0, k.indexOf('\u0000'))));
        return out;
    }

    private void addAliases(long id, String name, @Nullable List<String> aliases) {
        if (aliases == null) {
            return;
        }
        String own = SourceNames.key(name);
        List<String> seen = new ArrayList<>();
        for (String alias : aliases) {
            if (alias == null) {
                throw new InvalidInputException("An alias is null; leave it out instead.");
            }
            String clean = Inputs.optionalLine(alias, AnnotationContent.MAX_SOURCE, "alias");
            if (clean == null) {
                continue;
            }
            String key = SourceNames.key(clean);
            if (key.isEmpty() || key.equals(own) || seen.contains(key)) {
                continue;
            }
            seen.add(key);
            if (!store.tryAddName(id, clean, true)) {
                throw taken(clean);
            }
        }
    }

    private SourceFilter check(SourceFilter f) {
        return new SourceFilter(f.query() == null ? null : Inputs.optionalLine(f.query(), AnnotationContent.MAX_SOURCE, "search"),
                f.kind(), f.country() == null || f.country().isBlank() ? null : country(f.country()));
    }

    private static String name(@Nullable String name) {
        String clean = Inputs.optionalLine(name, AnnotationContent.MAX_SOURCE, "source name");
        if (clean == null || SourceNames.key(clean).isEmpty()) {
            throw new InvalidInputException("A source needs a name.");
        }
        return clean;
    }

    private static @Nullable String country(@Nullable String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String c = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(c)) {
            throw new InvalidInputException("A country is an ISO 3166 two-letter code, like GB or FR; '"
                    + Inputs.abbreviate(country.strip(), 20) + "' is not one.");
        }
        return c;
    }

    private static @Nullable String description(@Nullable String description) {
        return Inputs.optionalText(description, MAX_DESCRIPTION, "description");
    }

    private static @Nullable String wikidata(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String w = id.strip().toUpperCase(Locale.ROOT);
        if (!WIKIDATA.matcher(w).matches()) {
            throw new InvalidInputException("A Wikidata id is Q and a number, like Q42.");
        }
        return w;
    }

    private ConflictException taken(String name) {
        Long holder = store.idByKey(SourceNames.key(name)).orElse(null);
        return new ConflictException("The name '" + Inputs.abbreviate(name, 80) + "' already belongs to "
                + (holder == null ? "another source" : "source " + holder) + ".");
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No source with id " + id);
    }
}
