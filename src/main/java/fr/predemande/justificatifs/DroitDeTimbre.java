package fr.predemande.justificatifs;

import java.util.Objects;

/**
 * Le droit de timbre d’un titre (DOMAIN §5) : une demande CNI et passeport en porte deux, un par titre.
 *
 * @param titre {@link TypeDeTitre#CNI} ou {@link TypeDeTitre#PASSEPORT}, jamais les deux
 * @param montant ce que l’usager paie, {@link Montant#GRATUIT} compris
 * @param cleMotif la clé du message qui explique ce montant (tarif, gratuité)
 */
public record DroitDeTimbre(TypeDeTitre titre, Montant montant, String cleMotif) {

    public DroitDeTimbre {
        Objects.requireNonNull(titre, "titre");
        Objects.requireNonNull(montant, "montant");
        Objects.requireNonNull(cleMotif, "cleMotif");
        if (titre == TypeDeTitre.CNI_ET_PASSEPORT) {
            throw new IllegalArgumentException("Un droit de timbre porte sur un seul titre");
        }
        if (cleMotif.isBlank()) {
            throw new IllegalArgumentException("Clé de message vide");
        }
    }
}
