package fr.predemande.justificatifs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Les conditions nommées qu’emploient les tables des pièces, pour qu’une ligne se lise comme la règle de DOMAIN §4. */
final class Conditions {

    static final Predicate<Situation> TOUJOURS = situation -> true;

    static final Predicate<Situation> HEBERGE = situation -> situation.typeAdresse() == TypeAdresse.HEBERGE;

    static final Predicate<Situation> NON_HEBERGE = HEBERGE.negate();

    /** §4 : une CNI ou un passeport valide ou périmé depuis moins de 5 ans, que l’usager présente. */
    static final Predicate<Situation> TITRE_SECURISE_PRESENTE = Situation::titreSecuriseValideOuExpireDepuisMoinsDe5Ans;

    static final Predicate<Situation> SANS_TITRE_SECURISE = TITRE_SECURISE_PRESENTE.negate();

    /**
     * §4 : sans titre sécurisé, l’acte de naissance est demandé, sauf quand la mairie de naissance est reliée à COMEDEC
     * ou que l’acte est tenu par le service central d’état civil de Nantes (naissance à l’étranger, relié lui aussi).
     */
    static final Predicate<Situation> ACTE_DE_NAISSANCE_EXIGE = SANS_TITRE_SECURISE.and(
            situation -> situation.lieuDeNaissance() == LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC);

    /**
     * Nationalités qui n’ont pas à être prouvées par une pièce de plus (choix, DOMAIN dit seulement « when needed ») :
     * par filiation, l’acte de naissance (ou sa vérification par COMEDEC) montre le parent français ; par double droit
     * du sol, il montre la naissance en France, et celle du parent. Les autres modes (déclaration, naturalisation,
     * réintégration, autre) ne se lisent pas dans l’acte : il faut le certificat, le décret ou la déclaration.
     */
    static final Set<AcquisitionNationalite> NATIONALITES_PROUVEES_PAR_L_ACTE_DE_NAISSANCE =
            EnumSet.of(AcquisitionNationalite.FILIATION, AcquisitionNationalite.NAISSANCE_EN_FRANCE);

    /** §4 : sans titre sécurisé, une preuve de nationalité « when needed ». */
    static final Predicate<Situation> NATIONALITE_A_PROUVER = SANS_TITRE_SECURISE.and(
            situation -> !NATIONALITES_PROUVEES_PAR_L_ACTE_DE_NAISSANCE.contains(situation.acquisitionNationalite()));

    static final Predicate<Situation> DIVORCE_GARDANT_LE_NOM = Situation::divorceGardantLeNomDeLExConjoint;

    /**
     * §4 « Renewal » : l’ancien titre est remis. (Choix) De même pour tout motif qui remplace un titre que l’usager a
     * encore en main (§3.7 : seules la perte et le vol l’en privent) : changement d’état civil ou d’adresse,
     * détérioration, et pour le passeport pages pleines et erreur de l’administration.
     */
    static final Predicate<Situation> ANCIEN_TITRE_REMIS = situation ->
            situation.motif().exigeAncienTitre() && !situation.motif().titrePerdu();

    private Conditions() {}

    static Predicate<Situation> motif(Motif... motifs) {
        Set<Motif> admis = EnumSet.copyOf(List.of(motifs));
        return situation -> admis.contains(situation.motif());
    }

    static Predicate<Situation> mention(MentionNomUsage... mentions) {
        Set<MentionNomUsage> admises = EnumSet.copyOf(List.of(mentions));
        return situation -> situation.mentionNomUsage() != null && admises.contains(situation.mentionNomUsage());
    }
}
