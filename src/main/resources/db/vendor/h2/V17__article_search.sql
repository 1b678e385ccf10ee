-- Article search on H2 is a case-insensitive LIKE over title, outlet and text (ArticleRepository):
-- nothing to index. PostgreSQL's V17 adds its full-text index; this keeps the versions the same.
select 1;
