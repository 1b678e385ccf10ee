package com.credence.review;

import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import com.credence.article.ArticleSummary;
import com.credence.base.InvalidInputException;
import com.credence.review.internal.Assignment;
import com.credence.review.internal.AssignmentRepository;
import com.credence.security.Colleague;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import com.credence.security.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors give articles to fact-checkers, with an optional due date; fact-checkers see theirs first. */
@Service
@PreAuthorize(Roles.ANY_USER)
public class AssignmentService {

    static final int MAX_ASSIGNEES = 20;

    private final AssignmentRepository assignments;
    private final ArticleService articles;
    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ArticleService articles, UserDirectory directory, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.articles = articles;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns the article to exactly these people (replacing the previous assignees), each an
     * enabled fact-checker or editor, with an optional due date. An empty list unassigns it.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public ArticleAssignment assign(long articleId, List<String> usernames, @Nullable LocalDate due) {
        ArticleDetail article = articles.get(articleId);
        Set<String> wanted = new LinkedHashSet<>();
        for (String u : usernames) {
            if (u == null) {
                throw new InvalidInputException("A username in the list is null; leave it out instead.");
            }
            if (!u.isBlank()) {
                wanted.add(u.strip());
            }
        }
        if (wanted.size() > MAX_ASSIGNEES) {
            throw new InvalidInputException("At most " + MAX_ASSIGNEES + " people per article.");
        }
        for (String u : wanted) {
            Colleague c = directory.find(u).orElseThrow(() -> new InvalidInputException("There is no active user '" + u + "'."));
            if (!c.roles().contains(Roles.FACT_CHECKER) && !c.roles().contains(Roles.EDITOR)) {
                throw new InvalidInputException(u + " does not annotate articles (not a fact-checker or editor).");
            }
        }
        if (due != null && due.isBefore(LocalDate.now(clock).minusDays(1))) {
            throw new InvalidInputException("The due date " + due + " is in the past.");
        }
        Map<String, Assignment> existing = assignments.findByKeyArticleIdOrderByKeyUsername(articleId).stream()
                .collect(Collectors.toMap(Assignment::getUsername, Function.identity()));
        for (Assignment a : existing.values()) {
            if (!wanted.contains(a.getUsername())) {
                assignments.delete(a);
            }
        }
        for (String u : wanted) {
            Assignment a = existing.get(u);
            if (a == null) {
                assignments.save(new Assignment(articleId, u, due, currentUser.username(), clock.instant()));
            } else {
                a.setDue(due);
            }
        }
        assignments.flush();
        events.publishEvent(new ArticleAssigned(article.id(), List.copyOf(wanted), currentUser.username()));
        return new ArticleAssignment(articleId, List.copyOf(wanted), wanted.isEmpty() ? null : due);
    }

    @Transactional(readOnly = true)
    public ArticleAssignment assignees(long articleId) {
        List<Assignment> list = assignments.findByKeyArticleIdOrderByKeyUsername(articleId);
        return new ArticleAssignment(articleId, list.stream().map(Assignment::getUsername).toList(),
                list.stream().map(Assignment::getDue).filter(d -> d != null).findFirst().orElse(null));
    }

    /** The articles assigned to me, soonest due first (those without a date last). */
    @Transactional(readOnly = true)
    public List<MyAssignment> mine() {
        List<Assignment> mine = assignments.findByKeyUsername(currentUser.username());
        return mine.stream().map(a -> {
            ArticleSummary article = articles.summary(a.getArticleId());
            return new MyAssignment(article.id(), article.title(), article.outlet(), a.getDue(), a.getAssignedBy(), article.progress());
        }).sorted(Comparator.comparing(MyAssignment::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MyAssignment::articleId)).toList();
    }

    /** The articles assigned to this person. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORIAL)
    public java.util.Set<Long> articlesOf(String username) {
        return assignments.findByKeyUsername(username.strip()).stream().map(Assignment::getArticleId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The people an article can be given to. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORIAL)
    public List<Colleague> candidates() {
        return directory.annotators();
    }

    /** Whether anybody is assigned to the article. */
    @Transactional(readOnly = true)
    public boolean assigned(long articleId) {
        return assignments.existsByKeyArticleId(articleId);
    }
}
