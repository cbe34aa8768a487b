package fr.predemande.parcours;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Le temps entre l'Entrée d'une douchette et les données de la pré-demande peintes à l'écran, mesuré par le navigateur
 * lui-même : l'instant de l'Entrée (horodatage de l'événement clavier, posé par un écouteur sur le champ juste avant la
 * lecture), puis, sur la page de réponse, la Navigation Timing (réponse du serveur, DOM prêt, chargement), la Paint
 * Timing (premier rendu de contenu, plus grand rendu) et une marque posée juste après le premier rendu qui suit le DOM
 * prêt (requestAnimationFrame puis une tâche) : les données, écrites par le serveur dans la page, sont alors à l'écran.
 * Les deux pages ont chacune leur origine de temps ({@code performance.timeOrigin}) : tout est ramené à l'instant de
 * l'Entrée.
 */
final class ChronometreDeLaDouchette {

    /** À poser avant chaque nouvelle page (CDP « Page.addScriptToEvaluateOnNewDocument ») : la marque du premier rendu. */
    static final String MARQUE_DU_PREMIER_RENDU = """
            (function () {
              function marquer() {
                requestAnimationFrame(function () {
                  setTimeout(function () { performance.mark('predemande-donnees-peintes'); }, 0);
                });
              }
              if (document.readyState === 'loading') {
                document.addEventListener('DOMContentLoaded', marquer);
              } else {
                marquer();
              }
            })();
            """;

    /** Sur la page de recherche, avant la lecture : l'instant de l'Entrée, gardé pour la page suivante. */
    static final String ECOUTER_L_ENTREE = """
            sessionStorage.removeItem('predemande-entree');
            document.getElementById('numero').addEventListener('keydown', function (e) {
              if (e.key === 'Enter') {
                sessionStorage.setItem('predemande-entree', String(performance.timeOrigin + e.timeStamp));
              }
            });
            """;

    private static final String LIRE = """
            var fini = arguments[arguments.length - 1];
            var debut = Date.now();
            function lire() {
              var marque = performance.getEntriesByName('predemande-donnees-peintes')[0];
              var navigation = performance.getEntriesByType('navigation')[0];
              if ((!marque || document.readyState !== 'complete' || !navigation || navigation.loadEventEnd === 0)
                  && Date.now() - debut < 10000) {
                setTimeout(lire, 20);
                return;
              }
              var lcp = null;
              var observateur = null;
              try {
                observateur = new PerformanceObserver(function (liste) {
                  liste.getEntries().forEach(function (e) { lcp = e.startTime; });
                });
                observateur.observe({type: 'largest-contentful-paint', buffered: true});
              } catch (e) { /* pas de LCP dans ce navigateur */ }
              setTimeout(function () {
                if (observateur) { observateur.disconnect(); }
                var entree = parseFloat(sessionStorage.getItem('predemande-entree'));
                var decalage = performance.timeOrigin - entree;
                function depuisLEntree(t) { return t === null || t === undefined ? null : decalage + t; }
                var fcp = performance.getEntriesByName('first-contentful-paint')[0];
                var ressources = performance.getEntriesByType('resource');
                fini({
                  ressources: ressources.length,
                  ressourcesEnCache: ressources.filter(function (r) { return r.transferSize === 0; }).length,
                  octetsTransferes: ressources.reduce(function (t, r) { return t + (r.transferSize || 0); },
                      navigation.transferSize || 0),
                  entree: isNaN(entree) ? null : 0,
                  debutDeNavigation: depuisLEntree(0),
                  reponse: depuisLEntree(navigation.responseStart),
                  finDeReponse: depuisLEntree(navigation.responseEnd),
                  domPret: depuisLEntree(navigation.domContentLoadedEventEnd),
                  premierRendu: depuisLEntree(fcp ? fcp.startTime : null),
                  plusGrandRendu: depuisLEntree(lcp),
                  donneesPeintes: depuisLEntree(marque ? marque.startTime : null),
                  chargement: depuisLEntree(navigation.loadEventEnd),
                  serveur: navigation.responseStart - navigation.requestStart
                });
              }, 100);
            }
            lire();
            """;

    /** Une recherche chronométrée ; en millisecondes depuis l'Entrée (null : non mesuré par ce navigateur). */
    record Mesure(
            Double debutDeNavigation,
            Double reponse,
            Double finDeReponse,
            Double domPret,
            Double premierRendu,
            Double plusGrandRendu,
            Double donneesPeintes,
            Double chargement,
            Double serveur,
            int ressources,
            int ressourcesEnCache,
            long octetsTransferes) {

        /** Ce qui est comparé à l'objectif : la marque du premier rendu après le DOM prêt, à défaut le premier rendu. */
        Double ecran() {
            return donneesPeintes != null ? donneesPeintes : premierRendu;
        }
    }

    private ChronometreDeLaDouchette() {}

    /** Les temps de la page affichée, qui répond à une lecture précédée de {@link #ECOUTER_L_ENTREE}. */
    static Mesure lire(Navigateur navigateur) {
        Object resultat = ((JavascriptExecutor) navigateur.pilote()).executeAsyncScript(LIRE);
        if (!(resultat instanceof Map<?, ?> temps) || temps.get("entree") == null) {
            throw new AssertionError("L'instant de l'Entrée n'a pas été noté : " + resultat);
        }
        return new Mesure(
                nombre(temps, "debutDeNavigation"),
                nombre(temps, "reponse"),
                nombre(temps, "finDeReponse"),
                nombre(temps, "domPret"),
                nombre(temps, "premierRendu"),
                nombre(temps, "plusGrandRendu"),
                nombre(temps, "donneesPeintes"),
                nombre(temps, "chargement"),
                nombre(temps, "serveur"),
                nombre(temps, "ressources").intValue(),
                nombre(temps, "ressourcesEnCache").intValue(),
                nombre(temps, "octetsTransferes").longValue());
    }

    private static Double nombre(Map<?, ?> temps, String cle) {
        return temps.get(cle) instanceof Number n ? n.doubleValue() : null;
    }

    /** Le rapport : chaque recherche, puis médiane et 90e centile de chaque temps, la charge de la machine, l'objectif. */
    static String rapport(String titre, List<Mesure> mesures, double objectifMs) {
        var texte = new StringBuilder(titre).append('\n');
        texte.append(String.format(
                Locale.ROOT,
                "%d recherches, temps en ms depuis l'Entrée de la douchette ; charge de la"
                        + " machine (/proc/loadavg) : %s ; processeurs : %d%n",
                mesures.size(),
                chargeDeLaMachine(),
                Runtime.getRuntime().availableProcessors()));
        List<Colonne> colonnes = List.of(
                new Colonne("navigation", Mesure::debutDeNavigation),
                new Colonne("serveur", Mesure::serveur),
                new Colonne("réponse", Mesure::reponse),
                new Colonne("DOM prêt", Mesure::domPret),
                new Colonne("1er rendu", Mesure::premierRendu),
                new Colonne("données peintes", Mesure::donneesPeintes),
                new Colonne("plus grand rendu", Mesure::plusGrandRendu),
                new Colonne("chargé", Mesure::chargement));
        texte.append(String.format("%-8s", "n°"));
        colonnes.forEach(c -> texte.append(String.format("%18s", c.nom())));
        texte.append(String.format("%24s", "ressources (en cache)")).append(String.format("%14s", "Ko reçus"));
        texte.append('\n');
        for (int i = 0; i < mesures.size(); i++) {
            texte.append(String.format("%-8d", i + 1));
            Mesure mesure = mesures.get(i);
            colonnes.forEach(c -> texte.append(
                    String.format(Locale.ROOT, "%18s", ms(c.valeur().apply(mesure)))));
            texte.append(String.format("%24s", mesure.ressources() + " (" + mesure.ressourcesEnCache() + ")"))
                    .append(String.format(Locale.ROOT, "%14.1f", mesure.octetsTransferes() / 1024.0));
            texte.append('\n');
        }
        for (String statistique : List.of("médiane", "p90")) {
            texte.append(String.format("%-8s", statistique));
            colonnes.forEach(c -> texte.append(String.format(
                    Locale.ROOT,
                    "%18s",
                    ms(
                            statistique.equals("p90")
                                    ? centile(mesures, c.valeur(), 90)
                                    : centile(mesures, c.valeur(), 50)))));
            texte.append('\n');
        }
        Double mediane = centile(mesures, Mesure::ecran, 50);
        Double p90 = centile(mesures, Mesure::ecran, 90);
        texte.append(String.format(
                Locale.ROOT,
                "Entrée → données peintes : médiane %s ms, p90 %s ms ; objectif ≤ %.0f ms : %s"
                        + " (rapporté, non exigé : la machine de build est partagée)%n",
                ms(mediane),
                ms(p90),
                objectifMs,
                mediane == null ? "non mesuré" : mediane <= objectifMs ? "atteint" : "DÉPASSÉ"));
        return texte.toString();
    }

    private record Colonne(String nom, Function<Mesure, Double> valeur) {}

    /** Centile au rang le plus proche ; null si aucune mesure. */
    static Double centile(List<Mesure> mesures, Function<Mesure, Double> valeur, int centile) {
        List<Double> valeurs = new ArrayList<>(
                mesures.stream().map(valeur).filter(v -> v != null).toList());
        if (valeurs.isEmpty()) {
            return null;
        }
        valeurs.sort(Double::compare);
        int rang = (int) Math.ceil(centile / 100.0 * valeurs.size());
        return valeurs.get(Math.max(0, rang - 1));
    }

    private static String ms(Double valeur) {
        return valeur == null ? "—" : String.format(Locale.ROOT, "%.1f", valeur);
    }

    static String chargeDeLaMachine() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "inconnue";
        }
    }
}
