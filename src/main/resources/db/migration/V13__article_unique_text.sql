-- One article per text unless it was imported as an explicit duplicate (module article): the text's
-- hash is kept a second time in a unique column, left empty (null) for explicit duplicates, so two
-- imports of the same text that race cannot both be stored. Existing articles: the first of each text
-- keeps it.
alter table article add column unique_text char(64);
update article set unique_text = sha256 where id in (select min(id) from article group by sha256);
alter table article add constraint uk_article_unique_text unique (unique_text);
