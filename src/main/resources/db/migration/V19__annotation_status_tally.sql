-- The live annotations' totals per status (module annotation), now in 16 rows per status instead of one: every
-- change moved one hot row, so all writers queued on it until commit (found by the load benchmark). A transaction
-- updates the rows of one shard (chosen by its thread), so two transactions still lock in one order; readers sum.
create table annotation_status_tally (
    status varchar(${annotation_status_max}) not null,
    shard  smallint not null,
    n      bigint not null,
    primary key (status, shard)
);
insert into annotation_status_tally (status, shard, n) select status, 0, n from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 1, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 2, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 3, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 4, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 5, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 6, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 7, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 8, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 9, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 10, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 11, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 12, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 13, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 14, 0 from annotation_status_count;
insert into annotation_status_tally (status, shard, n) select status, 15, 0 from annotation_status_count;
drop table annotation_status_count;
