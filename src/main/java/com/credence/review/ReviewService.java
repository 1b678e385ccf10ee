package com.credence.review;

import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewOutcome;
import com.credence.base.Formats;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.review.internal.Reason;
import com.credence.review.internal.ReasonRepository;
import com.credence.security.Roles;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' decisions and the reasons they give. A decision that sends work back or refuses it names
 * one of the reasons on the list (which editors maintain) and may add a comment; the annotation
 * domain then makes the move, keeps it in the history and tells everyone.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class ReviewService {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1," + (AnnotationContent.MAX_REASON - 1) + "}");

    private final ReasonRepository reasons;
    private final AnnotationService annotations;

    ReviewService(ReasonRepository reasons, AnnotationService annotations) {
        this.reasons = reasons;
        this.annotations = annotations;
    }

    /** Every reason, retired ones included, in their order. */
    @Transactional(readOnly = true)
    public List<ReviewReason> reasons() {
        return reasons.findAllByOrderByPositionAscCodeAsc().stream().map(ReviewService::view).toList();
    }

    /** The reasons that can be given now. */
    @Transactional(readOnly = true)
    public List<ReviewReason> activeReasons() {
        return reasons().stream().filter(r -> !r.retired()).toList();
    }

    /**
     * Approves, rejects, requests changes or reopens. Reject and request changes need one of the
     * active reasons; the comment is optional.
     */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public AnnotationView decide(long articleId, long annotationId, @Nullable Long expectedVersion, ReviewMove decision,
            @Nullable String reasonCode, @Nullable String comment) {
        return decide(articleId, annotationId, expectedVersion, decision, reasonCode, comment, null);
    }

    /** The same, with the verdict an approval of a contested claim gives ("False", "Misleading"), published as ClaimReview. */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public AnnotationView decide(long articleId, long annotationId, @Nullable Long expectedVersion, ReviewMove decision,
            @Nullable String reasonCode, @Nullable String comment, @Nullable String verdict) {
        String reason = null;
        if (decision.needsReason()) {
            if (reasonCode == null || reasonCode.isBlank()) {
                throw new InvalidInputException("Give a reason (one of " + activeReasons().stream().map(ReviewReason::code).toList()
                        + ") when you reject or request changes.");
            }
            Reason r = reasons.findById(reasonCode.strip()).filter(x -> !x.isRetired()).orElseThrow(() -> new InvalidInputException(
                    "'" + Inputs.abbreviate(reasonCode, 40) + "' is not one of the reasons: "
                            + activeReasons().stream().map(ReviewReason::code).toList() + "."));
            reason = r.getCode();
        } else if (reasonCode != null && !reasonCode.isBlank()) {
            reason = reasons.findById(reasonCode.strip()).map(Reason::getCode).orElse(null);
        }
        return annotations.review(articleId, annotationId, expectedVersion, decision, reason, comment, verdict);
    }

    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public ReviewReason addReason(String code, String label) {
        String c = code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("A reason code is 2 to " + AnnotationContent.MAX_REASON
                    + " lower-case letters, digits or '-', starting with a letter.");
        }
        if (reasons.existsById(c)) {
            throw new InvalidInputException("There is already a reason '" + c + "'.");
        }
        return view(reasons.save(new Reason(c, cleanLabel(label), (int) reasons.count())));
    }

    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public ReviewReason rename(String code, String label) {
        Reason r = find(code);
        r.rename(cleanLabel(label));
        return view(r);
    }

    /** A retired reason stays on the decisions that gave it but is no longer offered. */
    @Transactional
    @PreAuthorize(Roles.EDITORIAL)
    public ReviewReason setRetired(String code, boolean retired) {
        Reason r = find(code);
        r.retire(retired);
        return view(r);
    }

    /** The words of a reason code, for showing a decision; the code itself when it is unknown. */
    @Transactional(readOnly = true)
    public String label(@Nullable String code) {
        return code == null ? "" : reasons.findById(code).map(Reason::getLabel).orElse(code);
    }

    /** A decision as the author reads it: "Changes requested by eden, 3 Mar 2026, 10:04 — Source missing or wrong: “…”". */
    @Transactional(readOnly = true)
    public String describe(ReviewOutcome outcome) {
        return outcome.decision().label() + " by " + outcome.reviewer() + ", " + Formats.instant(outcome.at())
                + (outcome.verdict() == null ? "" : " — verdict: " + outcome.verdict())
                + (outcome.reason() == null ? "" : " — " + label(outcome.reason()))
                + (outcome.comment() == null ? "" : ": “" + outcome.comment() + "”");
    }

    private static String cleanLabel(String label) {
        String l = Inputs.optionalLine(label, 120, "reason");
        if (l == null) {
            throw new InvalidInputException("A reason needs words people read, like 'Source missing or wrong'.");
        }
        return l;
    }

    private Reason find(String code) {
        return reasons.findById(code).orElseThrow(() -> new NotFoundException("No reason '" + code + "'"));
    }

    private static ReviewReason view(Reason r) {
        return new ReviewReason(r.getCode(), r.getLabel(), r.isRetired());
    }
}
