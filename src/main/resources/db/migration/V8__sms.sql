-- SMS gardés au lieu d'être envoyés quand aucun SMSC (predemande.sms.smpp.hote) n'est configuré (développement uniquement).
create table sms_developpement (
    id           uuid                     not null primary key,
    destinataire varchar(16)              not null, -- E.164 : « + » et 15 chiffres au plus
    texte        text                     not null,
    envoye_le    timestamp with time zone not null
);
create index sms_developpement_par_date on sms_developpement (envoye_le desc);
