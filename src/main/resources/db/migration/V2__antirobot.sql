-- Défis anti-robot déjà utilisés : un défi résolu ne sert qu'une fois, jusqu'à son expiration.
create table defi_antirobot_utilise (
    signature varchar(64)              not null primary key,
    expire_le timestamp with time zone not null
);
create index defi_antirobot_utilise_expiration on defi_antirobot_utilise (expire_le);
