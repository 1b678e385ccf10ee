-- Sentences are split once, at import, and stored with the article as "start:end" offset pairs
-- (UTF-16 indices into body), comma-separated, in text order.
alter table article add column sentences varchar not null default '';
create index ix_article_url on article (url);
