package fr.predemande.referentiel.internal;

import fr.predemande.referentiel.Mairie;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hors production : deux mairies équipées dans deux départements, l'une avec deux postes, pour essayer l'espace mairie
 * (les comptes de leurs agents sont créés ensuite par le module habilitation). Rien n'est recréé ni modifié à un
 * redémarrage.
 */
@Component
@ConditionalOnBooleanProperty("predemande.comptes-demo")
@Order(10)
class MairiesDeDemonstration implements ApplicationRunner {

    /** Codes stables : les comptes de démonstration des agents retrouvent leur mairie par eux. */
    static final String SAINT_ETIENNE = "42218-01";

    static final String LYON_3 = "69383-01";

    private record MairieDeDemonstration(Mairie mairie, List<String> postes) {}

    private static final List<MairieDeDemonstration> MAIRIES = List.of(
            new MairieDeDemonstration(
                    new Mairie(UUID.randomUUID(), SAINT_ETIENNE, "Mairie de Saint-Étienne", "42", "42218"),
                    List.of("Poste 1", "Poste 2")),
            new MairieDeDemonstration(
                    new Mairie(UUID.randomUUID(), LYON_3, "Mairie de Lyon 3e arrondissement", "69", "69383"),
                    List.of("Poste 1")));

    private final MairiesJdbc mairies;
    private final Clock horloge;

    MairiesDeDemonstration(MairiesJdbc mairies, Clock horloge) {
        this.mairies = mairies;
        this.horloge = horloge;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (MairieDeDemonstration demonstration : MAIRIES) {
            Mairie mairie = mairies.ajouterSiAbsente(demonstration.mairie(), horloge.instant());
            demonstration.postes().forEach(libelle -> mairies.ajouterPosteSiAbsent(mairie.id(), libelle));
        }
    }
}
