-- Batch exports (module export): one row per job, its filter as chosen, its progress, and where its zip is.
create table export_job (
    id                varchar(36)  not null primary key,
    owner             varchar(64)  not null,
    status            varchar(16)  not null,
    outlet            varchar(200),
    published_from    date,
    published_to      date,
    progress          varchar(20),
    assignee          varchar(64),
    annotation_status varchar(20),
    formats           varchar(200) not null,
    scope             varchar(16)  not null,
    article_ids       varchar      not null,
    total             integer      not null,
    done              integer      not null default 0,
    message           varchar(500),
    file_size         bigint,
    created_at        timestamp with time zone not null,
    finished_at       timestamp with time zone,
    expires_at        timestamp with time zone not null
);
create index ix_export_job_owner on export_job (owner, created_at);
create index ix_export_job_expiry on export_job (expires_at);
