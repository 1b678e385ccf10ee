-- Review (modules: annotation, review). The last decision is kept on the annotation, so Envers keeps
-- every decision (who, when, from, to, reason, comment) in the annotation's history.
alter table annotation add column submitted_at timestamp with time zone;
alter table annotation add column reviewed_by varchar(64);
alter table annotation add column review_decision varchar(${annotation_status_max});
alter table annotation add column review_reason varchar(${annotation_reason_max});
alter table annotation add column review_comment varchar(${annotation_review_comment_max});
alter table annotation add column reviewed_at timestamp with time zone;
alter table annotation_aud add column submitted_at timestamp with time zone;
alter table annotation_aud add column reviewed_by varchar(64);
alter table annotation_aud add column review_decision varchar(${annotation_status_max});
alter table annotation_aud add column review_reason varchar(${annotation_reason_max});
alter table annotation_aud add column review_comment varchar(${annotation_review_comment_max});
alter table annotation_aud add column reviewed_at timestamp with time zone;

-- The editors' queue: by status and waiting time, narrowed by tag, author or article; my work by author.
create index ix_annotation_queue on annotation (tombstone, status, submitted_at, id);
create index ix_annotation_author_status on annotation (author, tombstone, status, updated_at, id);
create index ix_annotation_tag_status on annotation (tag_key, tombstone, status, submitted_at, id);
create index ix_annotation_article_status on annotation (article_id, tombstone, status);
create index ix_article_outlet on article (outlet);

-- How many live annotations are in each status, kept in the same transaction as every change (the
-- queue's counts without a filter read these five rows instead of counting a million).
create table annotation_status_count (
    status varchar(${annotation_status_max}) not null primary key,
    n      bigint not null
);
insert into annotation_status_count (status, n) values ('DRAFT', 0);
insert into annotation_status_count (status, n) values ('SUBMITTED', 0);
insert into annotation_status_count (status, n) values ('APPROVED', 0);
insert into annotation_status_count (status, n) values ('REJECTED', 0);
insert into annotation_status_count (status, n) values ('CHANGES_REQUESTED', 0);
update annotation_status_count c set n = (select count(*) from annotation a where a.tombstone = 0 and a.status = c.status);

-- The reasons editors give when they reject or send back work; editors maintain the list.
create table review_reason (
    code     varchar(${annotation_reason_max}) not null primary key,
    label    varchar(120) not null,
    position integer      not null,
    retired  boolean      not null default false,
    version  bigint       not null default 0
);
insert into review_reason (code, label, position) values ('wrong-tag', 'Wrong tag', 0);
insert into review_reason (code, label, position) values ('source', 'Source missing or wrong', 1);
insert into review_reason (code, label, position) values ('evidence', 'Evidence missing', 2);
insert into review_reason (code, label, position) values ('not-a-claim', 'Not a claim', 3);
insert into review_reason (code, label, position) values ('duplicate', 'Duplicate', 4);
insert into review_reason (code, label, position) values ('other', 'Other', 5);
