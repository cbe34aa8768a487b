-- Les mairies équipées d'un dispositif de recueil et leurs postes (module referentiel).
-- Pas de clé étrangère vers departement ni commune : ces tables sont rechargées depuis les données officielles, qui
-- suppriment une commune fusionnée ; une mairie, elle, reste ce que l'exploitant a déclaré jusqu'à ce qu'il la change.
create table mairie (
    id               uuid                     not null primary key,
    code             varchar(20)              not null,
    nom              varchar(150)             not null,
    code_departement varchar(3)               not null check (code_departement ~ '^[0-9][0-9AB][0-9]?$'),
    code_insee       varchar(5)               check (code_insee ~ '^[0-9][0-9AB][0-9]{3}$'),
    cree_le          timestamp with time zone not null
);
create unique index mairie_code on mairie (code);

create table poste_de_recueil (
    id        uuid         not null primary key,
    mairie_id uuid         not null references mairie (id),
    libelle   varchar(100) not null
);
create unique index poste_de_recueil_libelle on poste_de_recueil (mairie_id, libelle);
