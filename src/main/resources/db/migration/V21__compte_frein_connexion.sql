-- Le frein de la connexion des usagers (module compte, ConnexionLimitee) : on ralentit, on ne verrouille pas.

-- Les échecs d'un identifiant depuis une adresse (un /64 en IPv6), essais non reconnus seulement (sans cookie
-- d'appareil valable). Passé un seuil, chaque essai attend l'échéance attendre_jusqua, d'autant plus lointaine que les
-- échecs sont nombreux ; un essai fait avant l'échéance compte aussi. cle_identifiant : l'identifiant normalisé, ou son
-- empreinte s'il est trop long pour être celui d'un compte (le frein vaut aussi pour un identifiant inconnu). La ligne
-- est oubliée à oublier_le (un jour après le dernier échec), effacée à la connexion réussie depuis cette adresse ou
-- quand le mot de passe est réinitialisé par le lien reçu par courriel.
create table frein_connexion (
    cle_identifiant varchar(64)              not null,
    adresse         varchar(64)              not null,
    echecs          integer                  not null,
    attendre_jusqua timestamp with time zone,
    oublier_le      timestamp with time zone not null,
    primary key (cle_identifiant, adresse)
);
create index frein_connexion_oubli on frein_connexion (oublier_le);

-- Les échecs faits avec un cookie d'appareil (un appareil qui s'est déjà connecté à ce compte) : ils comptent contre
-- ce cookie seul ; au seuil, le cookie est révoqué. Gardé jusqu'à l'expiration du cookie, qui ne vaut plus rien après.
create table appareil_echecs (
    nonce     varchar(32)              not null primary key,
    echecs    integer                  not null,
    expire_le timestamp with time zone not null
);
create index appareil_echecs_expiration on appareil_echecs (expire_le);
