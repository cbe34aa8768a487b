-- Référentiel géographique. Les lignes viennent des données ouvertes livrées avec l'application (classpath
-- /referentiel/) : le module referentiel les charge au démarrage quand leur empreinte change, sous verrou consultatif.

-- Départements (dont 2A, 2B et les DROM 971 à 976) et collectivités d'outre-mer (975, 977, 978, 984, 986 à 989),
-- car on naît aussi à Papeete ou à Nouméa.
create table departement (
    code varchar(3)   not null primary key,
    nom  varchar(100) not null,
    zone varchar(5)   not null check (zone in ('metro', 'drom', 'com'))
);

-- Communes actuelles et arrondissements municipaux de Paris, Lyon et Marseille (lieux de naissance).
-- nom_normalise : minuscules sans accents, toute ponctuation remplacée par une espace (« saint etienne ») ;
-- calculé par l'application, la même forme sert aux saisies, d'où une recherche par préfixe sur index.
-- comedec : la commune est raccordée à COMEDEC (acte de naissance non demandé) ; tenu par les exploitants, jamais
-- écrasé par un rechargement des données.
create table commune (
    code_insee       varchar(5)   not null primary key,
    nom              varchar(100) not null,
    nom_normalise    varchar(100) not null,
    code_departement varchar(3)   not null references departement (code),
    population       integer      not null default 0,
    comedec          boolean      not null default false
);
create index commune_nom_normalise on commune (nom_normalise text_pattern_ops);
create index commune_departement on commune (code_departement);

create table commune_code_postal (
    code_postal varchar(5) not null,
    code_insee  varchar(5) not null references commune (code_insee) on delete cascade,
    primary key (code_postal, code_insee)
);
create index commune_code_postal_prefixe on commune_code_postal (code_postal text_pattern_ops);
create index commune_code_postal_par_commune on commune_code_postal (code_insee);

-- Pays et territoires : codes ISO 3166-1 et nom français. Les territoires français (Guadeloupe, Polynésie…) n'y
-- sont pas : on y naît en France, dans une commune. Alpha-3 et numérique gardés pour une future correspondance avec
-- les codes pays de l'INSEE (99xxx), que leur fichier donne aussi.
create table pays (
    code_iso       varchar(2)   not null primary key,
    code_iso3      varchar(3)   not null,
    code_numerique varchar(3)   not null,
    nom            varchar(100) not null,
    nom_normalise  varchar(100) not null
);
create index pays_nom_normalise on pays (nom_normalise text_pattern_ops);

-- Dernier chargement de chaque jeu de données : l'empreinte dit s'il faut recharger.
create table referentiel_chargement (
    jeu       varchar(30)              not null primary key,
    empreinte varchar(64)              not null,
    lignes    integer                  not null,
    duree_ms  bigint                   not null,
    charge_le timestamp with time zone not null
);
