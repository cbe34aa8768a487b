package fr.predemande.compte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Un essai de connexion compté pendant qu'une réussite du même identifiant, depuis la même adresse, efface ses échecs :
 * l'essai ne trouve jamais sa ligne disparue (l'ancienne version, insertion puis lecture, répondait 500 dans ce cas).
 */
class AttentesDeConnexionConcurrentesTest extends ApplicationEnTest {

    @Autowired
    AttentesDeConnexion attentes;

    @Test
    void desEssaisEtDesReussitesSimultanesNEchouentJamais() throws Exception {
        var executeur = Executors.newFixedThreadPool(8);
        try {
            for (int tour = 0; tour < 50; tour++) {
                String identifiant = identifiantUnique();
                var depart = new CountDownLatch(1);
                List<Future<?>> taches = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    boolean essai = i % 2 == 0;
                    taches.add(executeur.submit(() -> {
                        depart.await();
                        for (int j = 0; j < 5; j++) {
                            if (essai) {
                                attentes.essayer(identifiant, "198.51.100.7");
                            } else {
                                attentes.reussite(identifiant, "198.51.100.7");
                            }
                        }
                        return null;
                    }));
                }
                depart.countDown();
                for (var tache : taches) {
                    tache.get();
                }
            }
        } finally {
            executeur.shutdownNow();
        }
        assertThat(attentes.essayer(identifiantUnique(), "198.51.100.7")).isEmpty();
    }
}
