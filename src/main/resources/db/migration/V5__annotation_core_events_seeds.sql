-- The annotation domain core (module: annotation), the event publication registry (Spring Modulith)
-- and seeding once per database (modules: security, tagset, article). Written for H2 and PostgreSQL.
-- Column widths come from Java constants as placeholders (AnnotationSchema): one number for the
-- database, the domain's checks and the form.

-- Deleting keeps the row: tombstone is 0 while live and the annotation's id once deleted, so the unique
-- key below holds for live annotations only (one per author, span and tag) on both databases.
alter table annotation add column tombstone bigint not null default 0;
alter table annotation_aud add column tombstone bigint;

alter table annotation alter column prefix set data type varchar(${annotation_context_max});
alter table annotation alter column suffix set data type varchar(${annotation_context_max});
alter table annotation alter column source set data type varchar(${annotation_source_max});
alter table annotation alter column cue set data type varchar(${annotation_cue_max});
alter table annotation alter column note set data type varchar(${annotation_note_max});
alter table annotation alter column evidence set data type varchar(${annotation_evidence_max});
alter table annotation alter column status set data type varchar(${annotation_status_max});
alter table annotation_aud alter column prefix set data type varchar(${annotation_context_max});
alter table annotation_aud alter column suffix set data type varchar(${annotation_context_max});
alter table annotation_aud alter column source set data type varchar(${annotation_source_max});
alter table annotation_aud alter column cue set data type varchar(${annotation_cue_max});
alter table annotation_aud alter column note set data type varchar(${annotation_note_max});
alter table annotation_aud alter column evidence set data type varchar(${annotation_evidence_max});
alter table annotation_aud alter column status set data type varchar(${annotation_status_max});

-- Identical annotations made before this rule (same author, span and tag): the oldest stays, the
-- others become deleted (restorable, and still in the audit history).
update annotation a set tombstone = a.id
where exists (select 1 from annotation b
              where b.article_id = a.article_id and b.start_offset = a.start_offset and b.end_offset = a.end_offset
                and b.tag_key = a.tag_key and b.author = a.author and b.id < a.id);

create unique index uk_annotation_live on annotation (article_id, start_offset, end_offset, tag_key, author, tombstone);
create index ix_annotation_conflicts_with on annotation (conflicts_with);

-- Spring Modulith's event publication registry (JPA): one row per event and listener until it is done.
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar      not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);

-- Seeds that ran: the first instance to insert a name seeds, every other one skips (SeedOnce).
create table seed (
    name      varchar(40) not null primary key,
    seeded_at timestamp with time zone not null
);
insert into seed (name, seeded_at) select distinct 'tagset', current_timestamp from tag;
insert into seed (name, seeded_at) select distinct 'first-users', current_timestamp from user_account;
insert into seed (name, seeded_at) select distinct 'demo-article', current_timestamp from article;
