-- Failed sign-ins counted per account name and client address (module security): someone guessing from
-- one address pauses sign-ins for that name from that address only, never the real user's elsewhere;
-- names that are no account are counted the same way. Each block lasts twice as long as the one before.
create table sign_in_throttle (
    username      varchar(100) not null,
    address       varchar(64)  not null,
    failures      integer      not null default 0,
    in_progress   integer      not null default 0,
    strikes       integer      not null default 0,
    blocked_until timestamp with time zone,
    primary key (username, address)
);
