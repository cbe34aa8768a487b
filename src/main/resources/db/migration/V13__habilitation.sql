-- Les comptes des agents de mairie et les clients de l'API (module habilitation).

-- Un agent est rattaché à une seule mairie. Mot de passe : empreinte Argon2id. Second facteur : secret TOTP (RFC 6238,
-- 160 bits en base 32), gardé en clair car il sert à recalculer les codes ; enrole = le premier code a été confirmé
-- (et le mot de passe provisoire remplacé). dernier_pas_totp : le pas de 30 s du dernier code accepté, pour refuser
-- qu'un code serve deux fois. Verrouillage : echecs_consecutifs jusqu'au seuil, puis verrouille_jusqua, d'autant
-- plus long que verrouillages est grand ; une connexion réussie remet les deux compteurs à zéro.
create table agent (
    id                     uuid                     not null primary key,
    identifiant            varchar(50)              not null,
    nom                    varchar(80)              not null,
    prenom                 varchar(80)              not null,
    mairie_id              uuid                     not null references mairie (id),
    roles                  varchar(20)[]            not null
        check (cardinality(roles) > 0 and roles <@ array ['AGENT', 'ADMINISTRATEUR']::varchar(20)[]),
    mot_de_passe_empreinte varchar(200)             not null,
    totp_secret            varchar(64),
    enrole                 boolean                  not null default false,
    dernier_pas_totp       bigint,
    echecs_consecutifs     integer                  not null default 0,
    verrouillages          integer                  not null default 0,
    verrouille_jusqua      timestamp with time zone,
    cree_par               varchar(50),
    cree_le                timestamp with time zone not null,
    modifie_le             timestamp with time zone not null,
    version                bigint                   not null default 0,
    check (not enrole or totp_secret is not null)
);
create unique index agent_identifiant on agent (identifiant);
create index agent_par_mairie on agent (mairie_id, nom, prenom);

-- Un logiciel d'éditeur (poste de recueil, prise de rendez-vous) : HTTP Basic avec son identifiant et son secret.
-- Le secret est tiré au hasard (256 bits) : une empreinte SHA-256 suffit, sans le coût d'Argon2id à chaque appel.
create table client_api (
    identifiant      varchar(50)              not null primary key,
    nom              varchar(150)             not null,
    secret_empreinte varchar(64)              not null,
    portees          varchar(30)[]            not null default array []::varchar(30)[],
    cree_le          timestamp with time zone not null,
    version          bigint                   not null default 0
);
