package fr.predemande.demande.internal;

import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.Section;
import java.util.UUID;

/** Le formulaire de chaque section dans le document des réponses, et les pages des sections d'une pré-demande. */
final class Formulaires {

    private Formulaires() {}

    /** Le formulaire de cette section dans les réponses (le même objet : le lier, c'est modifier les réponses). */
    static Object dans(Section section, Reponses reponses) {
        return switch (section) {
            case MOTIF -> reponses.getMotif();
            case ETAT_CIVIL -> reponses.getEtatCivil();
            case FILIATION -> reponses.getFiliation();
            case NATIONALITE -> reponses.getNationalite();
            case ADRESSE -> reponses.getAdresse();
            case CONTACT -> reponses.getContact();
        };
    }

    static Class<?> classe(Section section) {
        return switch (section) {
            case MOTIF -> FormulaireMotif.class;
            case ETAT_CIVIL -> FormulaireEtatCivil.class;
            case FILIATION -> FormulaireFiliation.class;
            case NATIONALITE -> FormulaireNationalite.class;
            case ADRESSE -> FormulaireAdresse.class;
            case CONTACT -> FormulaireContact.class;
        };
    }

    /** La page de cette section pour une pré-demande de l'usager. */
    static String page(Section section, UUID id) {
        return CheminsDeLaPreDemande.PREFIXE + id + "/" + section.chemin();
    }
}
