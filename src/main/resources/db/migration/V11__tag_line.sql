-- The underline of each tag (module tagset), chosen per tag: the cue that tells tags apart without
-- colour. Existing tags keep the line they had, which went by their place in the tag set.
alter table tag add column line_style varchar(8) default 'solid' not null;
update tag set line_style = case mod(position, 5) when 0 then 'solid' when 1 then 'dashed' when 2 then 'dotted'
    when 3 then 'double' else 'wavy' end;
