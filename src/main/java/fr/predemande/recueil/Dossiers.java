package fr.predemande.recueil;

import java.util.Optional;

/** Les dossiers recueillis, vus des autres modules (l'instruction, le suivi). */
public interface Dossiers {

    Optional<DossierRecueilli> parNumero(NumeroDeDemande numero);
}
