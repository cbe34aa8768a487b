-- Version 2 du document des réponses : les choix fermés deviennent des énumérations (null tant qu'ils ne sont pas
-- faits) et des booléens, au lieu de textes (« OUI », « true », « » …). Une valeur hors des choix permis (envoyée à la
-- main) devient null : l'usager la choisira à nouveau.
create function pg_temp.choix(valeur jsonb, permis text[]) returns jsonb language sql immutable as $$
    select case when valeur is not null and jsonb_typeof(valeur) = 'string' and (valeur #>> '{}') = any (permis)
                then valeur else 'null'::jsonb end
$$;
create function pg_temp.oui_non(valeur jsonb) returns jsonb language sql immutable as $$
    select case valeur #>> '{}' when 'OUI' then 'true'::jsonb when 'NON' then 'false'::jsonb else 'null'::jsonb end
$$;
create function pg_temp.coche(valeur jsonb) returns jsonb language sql immutable as $$
    select case when (valeur #>> '{}') = 'true' then 'true'::jsonb else 'false'::jsonb end
$$;

update pre_demande set
    reponses = jsonb_build_object(
        'motif', coalesce(reponses -> 'motif', '{}'::jsonb) || jsonb_build_object(
            'titre', pg_temp.choix(reponses #> '{motif,titre}', array['CNI', 'PASSEPORT', 'CNI_ET_PASSEPORT']),
            'motif', pg_temp.choix(reponses #> '{motif,motif}', array['PREMIERE_DEMANDE', 'RENOUVELLEMENT', 'PERTE',
                'VOL', 'CHANGEMENT_ETAT_CIVIL', 'CHANGEMENT_ADRESSE', 'DETERIORATION', 'PAGES_PLEINES',
                'ERREUR_ADMINISTRATION']),
            'titreSecurise', pg_temp.oui_non(reponses #> '{motif,titreSecurise}'),
            'ancienTitreType', pg_temp.choix(reponses #> '{motif,ancienTitreType}', array['CNI', 'PASSEPORT']),
            'ancienTitrePresentable', pg_temp.oui_non(reponses #> '{motif,ancienTitrePresentable}')),
        'etatCivil', coalesce(reponses -> 'etatCivil', '{}'::jsonb) || jsonb_build_object(
            'sexe', pg_temp.choix(reponses #> '{etatCivil,sexe}', array['F', 'M']),
            'mentionNomUsage', pg_temp.choix(reponses #> '{etatCivil,mentionNomUsage}',
                array['EPOUX', 'EPOUSE', 'VEUF', 'VEUVE', 'USAGE']),
            'divorceGardantLeNom', 'false'::jsonb,
            'couleurYeux', pg_temp.choix(reponses #> '{etatCivil,couleurYeux}',
                array['BLEU', 'VERT', 'GRIS', 'MARRON', 'NOIR', 'NOISETTE', 'VAIRONS', 'AUTRE'])),
        'filiation', coalesce(reponses -> 'filiation', '{}'::jsonb) || jsonb_build_object(
            'parent1Inconnu', pg_temp.coche(reponses #> '{filiation,parent1Inconnu}'),
            'parent2Inconnu', pg_temp.coche(reponses #> '{filiation,parent2Inconnu}')),
        'nationalite', coalesce(reponses -> 'nationalite', '{}'::jsonb) || jsonb_build_object(
            'acquisition', pg_temp.choix(reponses #> '{nationalite,acquisition}', array['FILIATION',
                'NAISSANCE_EN_FRANCE', 'DECLARATION', 'NATURALISATION', 'REINTEGRATION', 'AUTRE'])),
        'adresse', coalesce(reponses -> 'adresse', '{}'::jsonb) || jsonb_build_object(
            'typeAdresse', pg_temp.choix(reponses #> '{adresse,typeAdresse}', array['DOMICILE', 'HEBERGE', 'HOTEL',
                'RESIDENCE_MOBILE', 'ELECTION_DOMICILE'])),
        'contact', coalesce(reponses -> 'contact', '{}'::jsonb)),
    version_reponses = 2
where reponses <> '{}'::jsonb;

alter table pre_demande alter column version_reponses set default 2;

-- Le rappel en mairie : par quelle mairie, sous quelle référence de dossier, et quand (ce qu'un autre agent verra).
alter table pre_demande
    add column rappelee_le      timestamp with time zone,
    add column rappel_mairie    varchar(200),
    add column rappel_reference varchar(40);
