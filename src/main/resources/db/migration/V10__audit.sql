-- Le journal d'audit : on n'y fait qu'ajouter. Chaque entrée porte l'empreinte SHA-256 de la précédente et la sienne,
-- calculées par l'application ; une ligne modifiée ou supprimée rompt la chaîne, ce que la vérification trouve.
create table journal_audit (
    numero               bigint generated always as identity primary key,
    le                   timestamp with time zone not null,
    type_acteur          varchar(20)  not null,
    acteur               varchar(200) not null,
    mairie               uuid,
    poste                varchar(100),
    action               varchar(40)  not null,
    objet                varchar(200),
    detail               varchar(1000),
    adresse              varchar(64),
    empreinte_precedente char(64)     not null,
    empreinte            char(64)     not null
);
create index journal_audit_par_mairie on journal_audit (mairie, numero desc);
create index journal_audit_par_objet on journal_audit (objet);

-- Défense en profondeur : la base refuse elle-même toute modification ou suppression d'une entrée (un administrateur
-- de la base peut désactiver ce déclencheur ; la chaîne d'empreintes le trahit alors).
create function journal_audit_immuable() returns trigger language plpgsql as $$
begin
    raise exception 'Le journal d''audit ne se modifie pas (entrée %)', old.numero;
end
$$;
create trigger journal_audit_ajout_seulement
    before update or delete on journal_audit
    for each row execute function journal_audit_immuable();
