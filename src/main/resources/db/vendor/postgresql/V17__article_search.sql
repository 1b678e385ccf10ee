-- Article search on PostgreSQL is full-text search (module article): this GIN index answers it. The
-- expression must stay exactly the one ArticleSearchFunction renders, or the planner cannot use it.
-- 'simple': no stemming (articles come in many languages); the first million characters (a tsvector
-- holds at most 1 MB).
create index ix_article_words on article
    using gin (to_tsvector('simple', title || ' ' || coalesce(outlet, '') || ' ' || left(body, 1000000)));
