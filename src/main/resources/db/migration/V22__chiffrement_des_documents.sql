-- Les documents sont chiffrés (enveloppe) : chacun sous sa propre clé AES-256, elle-même enveloppée (AES-KW) par une
-- clé maîtresse de la configuration. La clé enveloppée et l'identifiant de la clé maîtresse vivent ici, pas dans
-- l'objet : une rotation des clés maîtresses ne réécrit que ces deux colonnes, jamais les octets stockés.
alter table document_stocke
    add column cle_maitresse  varchar(64),
    add column cle_enveloppee bytea,
    -- vrai tant que l'objet peut être encore en clair : déposé avant le chiffrement (lignes existantes, ou insérées
    -- sans cette colonne par un nœud pas encore mis à jour), ou en cours de chiffrement par la rotation. Le code
    -- dépose toujours avec false ; la valeur par défaut reste vraie, la seule sûre pour une insertion qui l'ignore.
    add column en_clair       boolean not null default true,
    add constraint document_stocke_cle_complete check ((cle_maitresse is null) = (cle_enveloppee is null)),
    add constraint document_stocke_chiffre_avec_sa_cle check (en_clair or cle_maitresse is not null);
