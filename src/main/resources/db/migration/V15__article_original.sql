-- The input of each import as it was handed over (module article): pasted text, an uploaded file's
-- decoded text, or a fetched web page's HTML with its address. Kept for reference beside the cleaned
-- text that annotations point into; read only on request, so in a table of its own.
create table article_original (
    article_id bigint       primary key references article (id) on delete cascade,
    format     varchar(20)  not null,
    address    varchar(2000),
    content    varchar      not null
);
