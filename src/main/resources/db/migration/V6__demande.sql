-- La pré-demande : les réponses forment un document JSON versionné (jsonb) ; ce qui sert à retrouver, filtrer ou
-- purger est en colonnes indexées.
create table pre_demande (
    id                    uuid                     not null primary key,
    compte_id             uuid                     not null,
    statut                varchar(20)              not null
        check (statut in ('BROUILLON', 'VALIDEE', 'RAPPELEE', 'EXPIREE', 'ANNULEE')),
    reponses              jsonb                    not null default '{}'::jsonb,
    version_reponses      int                      not null default 1,
    numero                varchar(10) unique,
    titre                 varchar(20),
    motif                 varchar(30),
    nom                   varchar(80),
    prenoms               varchar(450),
    date_naissance        date,
    courriel_recapitulatif varchar(254),
    cree_le               timestamp with time zone not null,
    modifie_le            timestamp with time zone not null,
    validee_le            timestamp with time zone,
    expire_le             timestamp with time zone not null,
    recapitulatif_cle     varchar(200),
    recapitulatif_sha256  varchar(64),
    recapitulatif_taille  bigint,
    version               bigint                   not null default 0
);
create index pre_demande_par_compte on pre_demande (compte_id, modifie_le desc);
create index pre_demande_expiration on pre_demande (statut, expire_le);
