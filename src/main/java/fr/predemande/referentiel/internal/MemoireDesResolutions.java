package fr.predemande.referentiel.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Les réponses récentes du référentiel, gardées un court moment : une même saisie (« Saint-Étienne (42000) ») est
 * résolue à chaque enregistrement de section, à la vérification, à la validation, pour chaque page qui la montre. Les
 * communes ne changent qu'au chargement des données officielles (au démarrage d'un nœud) et la marque COMEDEC que par
 * les exploitants, rarement : une réponse gardée {@link #DUREE} au plus reste juste, et la mémoire est vidée après
 * chaque chargement sur ce nœud. Bornée : au-delà de {@link #TAILLE_MAXIMALE} entrées, elle repart de zéro.
 */
final class MemoireDesResolutions<V> {

    static final Duration DUREE = Duration.ofMinutes(5);
    static final int TAILLE_MAXIMALE = 10_000;

    private record Entree<V>(V valeur, long expireA) {}

    private final Map<String, Entree<V>> entrees = new ConcurrentHashMap<>();

    V obtenir(String cle, Supplier<V> calcul) {
        long maintenant = System.nanoTime();
        Entree<V> entree = entrees.get(cle);
        if (entree != null && maintenant - entree.expireA() < 0) {
            return entree.valeur();
        }
        V valeur = calcul.get();
        if (entrees.size() >= TAILLE_MAXIMALE) {
            entrees.clear();
        }
        entrees.put(cle, new Entree<>(valeur, maintenant + DUREE.toNanos()));
        return valeur;
    }

    void vider() {
        entrees.clear();
    }
}
