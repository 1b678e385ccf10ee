-- Suggestions (module suggestion). A suggestion is computed from the article's text, never stored; what
-- people decided about one is: a dismissal hides that (span, tag) on the article for everyone, and an
-- acceptance records the draft annotation it became, so that two people accepting at the same moment
-- make one annotation (the primary key lets one of them through; the other gets the same annotation).
create table suggestion_dismissal (
    article_id   bigint       not null references article (id) on delete cascade,
    span_start   integer      not null,
    span_end     integer      not null,
    tag          varchar(40)  not null,
    dismissed_by varchar(64)  not null,
    dismissed_at timestamp with time zone not null,
    primary key (article_id, span_start, span_end, tag)
);

create table suggestion_acceptance (
    article_id    bigint       not null references article (id) on delete cascade,
    span_start    integer      not null,
    span_end      integer      not null,
    tag           varchar(40)  not null,
    annotation_id bigint,
    accepted_by   varchar(64)  not null,
    accepted_at   timestamp with time zone not null,
    primary key (article_id, span_start, span_end, tag)
);
