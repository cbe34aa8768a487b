create table compte (
    id                        uuid                     not null primary key,
    identifiant               varchar(50)              not null,
    sexe                      char(1)                  not null check (sexe in ('M', 'F')),
    nom                       varchar(80)              not null,
    prenoms                   varchar(450)             not null,
    courriel                  varchar(254)             not null,
    courriel_en_attente       varchar(254),
    telephone                 varchar(20)              not null,
    question_secrete          varchar(40)              not null,
    reponse_secrete_empreinte varchar(200)             not null,
    mot_de_passe_empreinte    varchar(200),
    active_le                 timestamp with time zone,
    cgu_version               varchar(20)              not null,
    cgu_acceptees_le          timestamp with time zone not null,
    cree_le                   timestamp with time zone not null,
    modifie_le                timestamp with time zone not null,
    version                   bigint                   not null default 0
);
create unique index compte_identifiant on compte (identifiant);

-- Liens à usage unique envoyés par courriel ; seule l'empreinte SHA-256 du jeton est gardée.
create table jeton_compte (
    empreinte  varchar(64)              not null primary key,
    compte_id  uuid                     not null references compte (id) on delete cascade,
    usage      varchar(30)              not null check (usage in ('ACTIVATION', 'REINITIALISATION', 'CHANGEMENT_COURRIEL')),
    courriel   varchar(254),
    cree_le    timestamp with time zone not null,
    expire_le  timestamp with time zone not null,
    utilise_le timestamp with time zone
);
create index jeton_compte_par_compte on jeton_compte (compte_id, usage);
create index jeton_compte_expiration on jeton_compte (expire_le);
