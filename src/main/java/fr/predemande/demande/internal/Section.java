package fr.predemande.demande.internal;

import fr.predemande.demande.CheminsDeLaPreDemande;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** Les sections du formulaire, dans l'ordre du formulaire national ; chacune est une page avec l'indicateur d'étapes. */
public enum Section {
    MOTIF("motif", FormulaireMotif.class),
    ETAT_CIVIL("etat-civil", FormulaireEtatCivil.class),
    FILIATION("filiation", FormulaireFiliation.class),
    NATIONALITE("nationalite", FormulaireNationalite.class),
    ADRESSE("adresse", FormulaireAdresse.class),
    CONTACT("contact", FormulaireContact.class);

    private final String chemin;
    private final Class<?> formulaire;

    Section(String chemin, Class<?> formulaire) {
        this.chemin = chemin;
        this.formulaire = formulaire;
    }

    public String chemin() {
        return chemin;
    }

    Class<?> formulaire() {
        return formulaire;
    }

    public int numero() {
        return ordinal() + 1;
    }

    public Optional<Section> suivante() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** La page de cette section pour une pré-demande. */
    String page(UUID id) {
        return CheminsDeLaPreDemande.PREFIXE + id + "/" + chemin;
    }

    /** Le formulaire de cette section dans les réponses (le même objet : le lier, c'est modifier les réponses). */
    Object dans(Reponses reponses) {
        return switch (this) {
            case MOTIF -> reponses.getMotif();
            case ETAT_CIVIL -> reponses.getEtatCivil();
            case FILIATION -> reponses.getFiliation();
            case NATIONALITE -> reponses.getNationalite();
            case ADRESSE -> reponses.getAdresse();
            case CONTACT -> reponses.getContact();
        };
    }

    static Optional<Section> duChemin(String chemin) {
        return Arrays.stream(values()).filter(s -> s.chemin.equals(chemin)).findFirst();
    }
}
