-- Pièces jointes des courriels gardés en développement (par exemple le récapitulatif PDF), pour les ouvrir depuis
-- /dev/courriels comme le destinataire les recevrait. Effacées avec leur courriel.
create table courriel_developpement_piece (
    courriel_id uuid         not null references courriel_developpement (id) on delete cascade,
    rang        int          not null check (rang >= 1),
    nom         varchar(255) not null,
    type_media  varchar(255) not null,
    contenu     bytea        not null,
    primary key (courriel_id, rang)
);
