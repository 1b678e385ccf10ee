-- The verdict an editor gives when approving a contested claim ("False", "Misleading"), published as
-- schema.org ClaimReview's rating (module: annotation; width from AnnotationContent.MAX_VERDICT).
alter table annotation add column review_verdict varchar(${annotation_verdict_max});
alter table annotation_aud add column review_verdict varchar(${annotation_verdict_max});
