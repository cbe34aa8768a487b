-- Courriels gardés au lieu d'être envoyés quand aucun SMTP n'est configuré (développement uniquement).
create table courriel_developpement (
    id           uuid                     not null primary key,
    destinataire varchar(254)             not null,
    sujet        varchar(300)             not null,
    texte        text                     not null,
    html         text,
    envoye_le    timestamp with time zone not null
);
create index courriel_developpement_par_date on courriel_developpement (envoye_le desc);
