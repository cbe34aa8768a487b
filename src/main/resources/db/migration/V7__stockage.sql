-- Documents du magasin (récapitulatifs PDF, plus tard les numérisations) : référence, taille, type, empreinte.
create table document_stocke (
    cle         varchar(200)             not null primary key,
    type_media  varchar(100)             not null,
    taille      bigint                   not null,
    sha256      varchar(64)              not null,
    depose_le   timestamp with time zone not null
);
