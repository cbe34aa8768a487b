package fr.predemande.plateforme.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;

/**
 * Une vérification de santé qui répond dans son délai quoi qu'il arrive : elle tourne sur son propre fil, et la
 * sonde HTTP (l'orchestrateur qui demande si l'application est prête) ne l'attend pas au-delà. Un serveur gelé ne
 * répond jamais, et les délais des pilotes ne couvrent pas tout (résolution DNS, système de fichiers réseau bloqué).
 *
 * <p>Une seule vérification à la fois : tant qu'une vérification bloquée n'a pas fini, les demandes suivantes attendent
 * la même, chacune dans son délai, au lieu d'en empiler d'autres.
 */
final class SondeAvecDelai implements AutoCloseable {

    private final String nom;
    private final Duration delai;
    private final ExecutorService fil;
    /** Gardé par {@code this}. */
    private Future<?> enCours;

    SondeAvecDelai(String nom, Duration delai) {
        this.nom = nom;
        this.delai = delai;
        this.fil = Executors.newSingleThreadExecutor(tache -> {
            var thread = new Thread(tache, "sonde-" + nom);
            thread.setDaemon(true);
            return thread;
        });
    }

    Duration delai() {
        return delai;
    }

    /** UP si la vérification finit sans erreur dans le délai, DOWN sinon (avec la cause, montrée aux seuls détails). */
    Health verifier(Callable<?> verification) {
        Future<?> essai;
        synchronized (this) {
            if (enCours == null || enCours.isDone()) {
                enCours = fil.submit(verification);
            }
            essai = enCours;
        }
        try {
            essai.get(delai.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().build();
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("erreur", nom + " : pas de réponse en " + delai.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @Override
    public void close() {
        fil.shutdownNow();
    }
}
