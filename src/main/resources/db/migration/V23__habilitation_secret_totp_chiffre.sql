-- Le secret TOTP d'un agent chiffré au repos (CoffreDesSecrets du module stockage : AES-256-GCM sous une clé dérivée
-- de la clé maîtresse des documents, authentifié avec l'id de l'agent). Une migration SQL n'a pas la clé : les
-- secrets encore en clair (totp_secret) sont chiffrés au démarrage suivant, avant que le serveur n'accepte une
-- requête, par ChiffrementDesSecretsTotp, qui vide alors totp_secret ; il rechiffre aussi ceux d'une clé maîtresse
-- qui n'est plus l'active (rotation). totp_secret ne reçoit plus rien, sauf d'un nœud pas encore mis à jour.
alter table agent
    add column totp_secret_chiffre bytea,
    add column totp_cle_maitresse  varchar(64),
    drop constraint agent_check,
    add constraint agent_totp_cle_complete check ((totp_secret_chiffre is null) = (totp_cle_maitresse is null)),
    add constraint agent_totp_une_seule_forme check (totp_secret is null or totp_secret_chiffre is null),
    add constraint agent_enrole_avec_secret
        check (not enrole or totp_secret is not null or totp_secret_chiffre is not null);
