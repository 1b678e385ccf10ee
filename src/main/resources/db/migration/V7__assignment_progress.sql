-- Assignment and progress (modules: review, article). Progress is derived from the article's
-- annotations by the review module and kept on the article so the article list can filter and page by it.
alter table article add column progress varchar(20) not null default 'NEW';
create index ix_article_progress on article (progress, imported_at);

create table article_assignment (
    article_id  bigint       not null references article (id),
    username    varchar(64)  not null,
    due         date,
    assigned_by varchar(64)  not null,
    assigned_at timestamp with time zone not null,
    primary key (article_id, username)
);
create index ix_article_assignment_user on article_assignment (username, due);
