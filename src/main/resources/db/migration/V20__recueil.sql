-- Le dossier recueilli en mairie. La déclaration (ce que la personne a déclaré : pré-demande ou formulaire papier) et
-- la déclaration retenue (après les corrections de l'agent) sont deux documents JSON ; chaque correction est une
-- ligne, avec la valeur déclarée, la valeur corrigée, qui et quand : l'instruction voit les deux.
create table dossier (
    id                     uuid primary key,
    numero                 varchar(14)  not null unique,
    mairie                 uuid         not null,
    code_departement       varchar(3)   not null,
    statut                 varchar(30)  not null check (statut in ('EN_COURS_DE_RECUEIL', 'TRANSMIS', 'ABANDONNE')),
    origine                varchar(20)  not null check (origine in ('PRE_DEMANDE', 'FORMULAIRE_PAPIER')),
    numero_pre_demande     varchar(10)  unique,
    declaration_declaree   jsonb        not null,
    declaration_retenue    jsonb        not null,
    nom                    varchar(80),
    prenoms                varchar(450),
    cree_le                timestamp with time zone not null,
    cree_par               varchar(100) not null,
    modifie_le             timestamp with time zone not null,
    tenu_par               varchar(100),
    tenu_depuis            timestamp with time zone,
    empreintes             varchar(30)  check (empreintes in ('PRISES', 'EXEMPTEES_MOINS_DE_12_ANS', 'IMPOSSIBLES')),
    empreintes_motif       varchar(500),
    photo_verifiee         boolean      not null default false,
    transmis_le            timestamp with time zone,
    transmis_par           varchar(100),
    version                bigint       not null default 0
);
create index dossier_par_mairie on dossier (mairie, statut, modifie_le desc);
create index dossier_par_departement on dossier (code_departement, statut, transmis_le);

-- Le numéro de demande : une séquence par département et par année, tirée sous verrou de ligne (unique au plan
-- national quel que soit le nombre de nœuds).
create table sequence_numero_de_demande (
    code_departement varchar(3) not null,
    annee            int        not null,
    dernier          bigint     not null,
    primary key (code_departement, annee)
);

create table correction_de_dossier (
    id              uuid primary key,
    dossier         uuid         not null references dossier (id),
    section         varchar(20)  not null,
    champ           varchar(60)  not null,
    libelle         varchar(200) not null,
    valeur_declaree varchar(1000) not null,
    valeur_corrigee varchar(1000) not null,
    par             varchar(100) not null,
    le              timestamp with time zone not null
);
create index correction_par_dossier on correction_de_dossier (dossier, le);

-- Le contrôle de chaque pièce de la liste : vue et conforme, ou non conforme avec la raison.
create table controle_de_piece (
    dossier  uuid        not null references dossier (id),
    piece    varchar(40) not null,
    conforme boolean     not null,
    motif    varchar(500),
    par      varchar(100) not null,
    le       timestamp with time zone not null,
    primary key (dossier, piece)
);

-- Les pièces numérisées : le contenu dans le magasin de documents, ici sa référence et son empreinte.
create table piece_numerisee (
    id          uuid primary key,
    dossier     uuid         not null references dossier (id),
    piece       varchar(40)  not null,
    nom_fichier varchar(200) not null,
    cle         varchar(200) not null,
    type_media  varchar(100) not null,
    taille      bigint       not null,
    sha256      char(64)     not null,
    pages       int          not null,
    deposee_par varchar(100) not null,
    deposee_le  timestamp with time zone not null
);
create index piece_par_dossier on piece_numerisee (dossier, deposee_le);

-- Un timbre fiscal électronique ne sert qu'une fois, dans un seul dossier.
create table timbre_fiscal (
    numero   char(16)    primary key,
    dossier  uuid        not null references dossier (id),
    centimes bigint      not null check (centimes >= 0),
    par      varchar(100) not null,
    le       timestamp with time zone not null
);
create index timbre_par_dossier on timbre_fiscal (dossier);
