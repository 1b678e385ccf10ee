-- Sign-ins whose password is being checked right now (module security): a check is reserved before
-- BCrypt runs, so parallel guesses cannot get more checks than the failure limit allows.
alter table user_account add column sign_ins_in_progress integer not null default 0;
