package fr.predemande.recueil.internal;

import fr.predemande.recueil.DossierRecueilli;
import fr.predemande.recueil.Dossiers;
import fr.predemande.recueil.NumeroDeDemande;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Les dossiers vus des autres modules, par leur numéro de demande. */
@Service
class DossiersEnBase implements Dossiers {

    private final DossierRepository depot;

    DossiersEnBase(DossierRepository depot) {
        this.depot = depot;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierRecueilli> parNumero(NumeroDeDemande numero) {
        return depot.parNumero(numero).map(depot::complet);
    }
}
